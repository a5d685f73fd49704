// Who the generated articles quote, how each names them, and how each one's
// figures lean: `bias` multiplies the true value, `lag` is how many days behind
// the events its estimates run, `noise` how much they wobble between updates.
import type { SourceName, Topic } from "./types";

export interface Agency {
  id: string;
  weight: number;
  topics: readonly Topic[];
  bias: number;
  lag: number;
  noise: number;
  /** Significant digits it gives figures with. */
  digits: number;
  /** Denies the deployment rather than giving figures. */
  denies?: boolean;
  fr: readonly SourceName[];
  en: readonly SourceName[];
}

const ALL: readonly Topic[] = ["deployed", "casualties", "killed", "deserters", "captured", "shells", "missiles"];

export const AGENCIES: readonly Agency[] = [
  {
    id: "gur", weight: 9, topics: ALL, bias: 1.1, lag: 0, noise: 0.06, digits: 2,
    fr: [
      { np: "le renseignement militaire ukrainien (GUR)", pl: false },
      { np: "le GUR", pl: false },
      { np: "les services de renseignement militaire ukrainiens", pl: true },
      { np: "le chef du renseignement militaire ukrainien Kyrylo Boudanov", pl: false, person: true },
      { np: "le général Kyrylo Boudanov", pl: false, person: true },
      { np: "la Direction principale du renseignement ukrainien (HUR)", pl: false, fem: true },
    ],
    en: [
      { np: "Ukraine's military intelligence agency (HUR)", pl: false },
      { np: "the HUR", pl: false },
      { np: "Ukrainian military intelligence", pl: false },
      { np: "Ukraine's military intelligence chief Kyrylo Budanov", pl: false, person: true },
      { np: "the GUR", pl: false },
    ],
  },
  {
    id: "nis", weight: 8, topics: ["deployed", "casualties", "killed", "captured", "shells", "missiles"], bias: 0.97, lag: 2, noise: 0.04, digits: 2,
    fr: [
      { np: "le Service national de renseignement sud-coréen (NIS)", pl: false },
      { np: "le NIS", pl: false },
      { np: "les services de renseignement sud-coréens", pl: true },
      { np: "Séoul", pl: false },
      { np: "le renseignement sud-coréen", pl: false },
    ],
    en: [
      { np: "South Korea's National Intelligence Service", pl: false },
      { np: "the NIS", pl: false },
      { np: "Seoul's spy agency", pl: false },
      { np: "South Korean intelligence", pl: false },
      { np: "Seoul", pl: false },
    ],
  },
  {
    id: "pentagon", weight: 6, topics: ["deployed", "casualties", "killed"], bias: 0.92, lag: 10, noise: 0.05, digits: 2,
    fr: [
      { np: "le Pentagone", pl: false },
      { np: "le secrétaire américain à la Défense Lloyd Austin", pl: false, person: true },
      { np: "le département américain de la Défense", pl: false },
      { np: "la porte-parole du Pentagone Sabrina Singh", pl: false, person: true, fem: true },
    ],
    en: [
      { np: "the Pentagon", pl: false },
      { np: "US Defense Secretary Lloyd Austin", pl: false, person: true },
      { np: "the US Department of Defense", pl: false },
      { np: "Pentagon spokeswoman Sabrina Singh", pl: false, person: true, fem: true },
    ],
  },
  {
    id: "isw", weight: 4, topics: ["deployed", "casualties", "killed", "deserters"], bias: 1.0, lag: 5, noise: 0.05, digits: 2,
    fr: [
      { np: "l'Institut pour l'étude de la guerre (ISW)", pl: false },
      { np: "l'ISW", pl: false },
      { np: "le groupe de réflexion américain ISW", pl: false },
    ],
    en: [
      { np: "the Institute for the Study of War (ISW)", pl: false },
      { np: "the ISW", pl: false },
      { np: "the Washington-based Institute for the Study of War", pl: false },
    ],
  },
  {
    id: "zelensky", weight: 5, topics: ["deployed", "casualties", "killed", "captured"], bias: 1.18, lag: 0, noise: 0.08, digits: 2,
    fr: [
      { np: "le président ukrainien Volodymyr Zelensky", pl: false, person: true },
      { np: "Volodymyr Zelensky", pl: false, person: true },
      { np: "Kiev", pl: false },
    ],
    en: [
      { np: "Ukrainian President Volodymyr Zelensky", pl: false, person: true },
      { np: "Volodymyr Zelensky", pl: false, person: true },
      { np: "Kyiv", pl: false },
    ],
  },
  {
    id: "nato", weight: 3, topics: ["deployed", "casualties"], bias: 1.0, lag: 7, noise: 0.03, digits: 2,
    fr: [
      { np: "le secrétaire général de l'OTAN Mark Rutte", pl: false, person: true },
      { np: "l'OTAN", pl: false, fem: true },
    ],
    en: [
      { np: "NATO Secretary General Mark Rutte", pl: false, person: true },
      { np: "NATO", pl: false },
    ],
  },
  {
    id: "suspilne", weight: 2, topics: ["deserters", "casualties"], bias: 1.0, lag: 1, noise: 0.1, digits: 2,
    fr: [{ np: "le média public ukrainien Suspilne", pl: false }, { np: "Suspilne", pl: false }],
    en: [{ np: "Ukrainian public broadcaster Suspilne", pl: false }, { np: "Suspilne", pl: false }],
  },
  {
    id: "state-dept", weight: 3, topics: ["deployed", "casualties", "shells"], bias: 0.95, lag: 8, noise: 0.04, digits: 2,
    fr: [
      { np: "le département d'État américain", pl: false },
      { np: "le porte-parole du département d'État Matthew Miller", pl: false, person: true },
      { np: "Washington", pl: false },
    ],
    en: [
      { np: "the US State Department", pl: false },
      { np: "State Department spokesman Matthew Miller", pl: false, person: true },
      { np: "Washington", pl: false },
    ],
  },
  {
    id: "japan-mod", weight: 2, topics: ["deployed", "missiles", "shells"], bias: 0.95, lag: 6, noise: 0.05, digits: 2,
    fr: [{ np: "le ministère japonais de la Défense", pl: false }, { np: "Tokyo", pl: false }],
    en: [{ np: "Japan's defence ministry", pl: false }, { np: "Tokyo", pl: false }],
  },
  {
    id: "un", weight: 2, topics: ["missiles", "shells"], bias: 0.9, lag: 20, noise: 0.06, digits: 2,
    fr: [{ np: "un rapport d'experts de l'ONU", pl: false }, { np: "les Nations unies", pl: true, fem: true }],
    en: [{ np: "a panel of UN experts", pl: false }, { np: "the United Nations", pl: false }],
  },
  {
    id: "kremlin", weight: 4, topics: [], bias: 0, lag: 0, noise: 0, digits: 2, denies: true,
    fr: [
      { np: "le Kremlin", pl: false },
      { np: "le porte-parole du Kremlin Dmitri Peskov", pl: false, person: true },
      { np: "Moscou", pl: false },
    ],
    en: [
      { np: "the Kremlin", pl: false },
      { np: "Kremlin spokesman Dmitry Peskov", pl: false, person: true },
      { np: "Moscow", pl: false },
    ],
  },
  {
    id: "pyongyang", weight: 3, topics: [], bias: 0, lag: 0, noise: 0, digits: 2, denies: true,
    fr: [
      { np: "Pyongyang", pl: false },
      { np: "l'agence officielle nord-coréenne KCNA", pl: false, fem: true },
      { np: "le vice-ministre nord-coréen des Affaires étrangères Kim Jong-gyu", pl: false, person: true },
    ],
    en: [
      { np: "Pyongyang", pl: false },
      { np: "North Korea's state news agency KCNA", pl: false },
      { np: "North Korean Vice Foreign Minister Kim Jong Gyu", pl: false, person: true },
    ],
  },
];

export const REPORTING_AGENCIES = AGENCIES.filter((a) => !a.denies);
export const DENYING_AGENCIES = AGENCIES.filter((a) => a.denies);
