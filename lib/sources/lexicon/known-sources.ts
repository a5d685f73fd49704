// Curated forms of sources the gazetteer does not list, so that one source
// named several ways is one: an acronym and its long form, the French and
// English names of an institution. Forms are folded (see fold.ts) and
// compared whole, determiners stripped.
import type { AgencyKind } from "../agencies";

export interface KnownSource {
  id: string;
  name: string;
  kind: AgencyKind;
  forms: string[];
}

export const KNOWN_SOURCES: KnownSource[] = [
  { id: "cgt", name: "CGT (Confédération générale du travail)", kind: "union", forms: ["cgt", "confederation generale du travail", "general confederation of labour", "general confederation of labor"] },
  { id: "cfdt", name: "CFDT (Confédération française démocratique du travail)", kind: "union", forms: ["cfdt", "confederation francaise democratique du travail"] },
  { id: "fo", name: "Force ouvrière (FO)", kind: "union", forms: ["fo", "force ouvriere"] },
  { id: "unsa", name: "UNSA", kind: "union", forms: ["unsa", "union nationale des syndicats autonomes"] },
  { id: "fsu", name: "FSU", kind: "union", forms: ["fsu", "federation syndicale unitaire"] },
  { id: "solidaires", name: "Solidaires", kind: "union", forms: ["solidaires", "union syndicale solidaires", "sud"] },
  { id: "intersyndicale", name: "Intersyndicale (French unions together)", kind: "union", forms: ["intersyndicale"] },
  { id: "interior-ministry", name: "Interior ministry", kind: "ministry", forms: [
    "ministere de l interieur", "ministere francais de l interieur", "interior ministry", "french interior ministry", "ministry of the interior",
    "ministry of interior", "place beauvau", "beauvau", "ministre de l interieur", "interior minister", "french interior minister",
  ] },
  { id: "health-ministry", name: "Health ministry", kind: "health", forms: [
    "ministere de la sante", "health ministry", "ministry of health", "ministre de la sante", "health minister",
  ] },
  { id: "paris-police-prefecture", name: "Paris police prefecture", kind: "police", forms: [
    "prefecture de police", "prefecture de police de paris", "pp", "paris police prefecture", "paris police headquarters", "prefet de police",
    "prefet de police de paris", "paris police chief",
  ] },
  { id: "police", name: "Police", kind: "police", forms: ["police", "la police", "police nationale", "services de police", "forces de police", "policiers"] },
  { id: "unhcr", name: "UN refugee agency (UNHCR)", kind: "un_agency", forms: [
    "unhcr", "hcr", "haut commissariat des nations unies pour les refugies", "un refugee agency", "united nations high commissioner for refugees",
    "office of the united nations high commissioner for refugees", "agence des nations unies pour les refugies",
  ] },
  { id: "ocha", name: "UN humanitarian office (OCHA)", kind: "un_agency", forms: [
    "ocha", "bureau de la coordination des affaires humanitaires", "united nations office for the coordination of humanitarian affairs",
    "office for the coordination of humanitarian affairs", "un office for the coordination of humanitarian affairs", "un humanitarian office",
  ] },
  { id: "who", name: "World Health Organization (WHO)", kind: "un_agency", forms: ["who", "oms", "world health organization", "organisation mondiale de la sante"] },
  { id: "unicef", name: "UNICEF", kind: "un_agency", forms: ["unicef", "fonds des nations unies pour l enfance", "un children s agency"] },
  { id: "wfp", name: "World Food Programme (WFP)", kind: "un_agency", forms: ["wfp", "pam", "world food programme", "programme alimentaire mondial"] },
  { id: "iom", name: "International Organization for Migration (IOM)", kind: "un_agency", forms: ["iom", "oim", "international organization for migration", "organisation internationale pour les migrations"] },
  { id: "icrc", name: "International Committee of the Red Cross (ICRC)", kind: "ngo", forms: ["icrc", "cicr", "international committee of the red cross", "comite international de la croix rouge", "red cross", "croix rouge"] },
  { id: "msf", name: "Médecins sans frontières (MSF)", kind: "ngo", forms: ["msf", "medecins sans frontieres", "doctors without borders"] },
  { id: "amnesty", name: "Amnesty International", kind: "ngo", forms: ["amnesty", "amnesty international"] },
  { id: "hrw", name: "Human Rights Watch", kind: "ngo", forms: ["hrw", "human rights watch"] },
  { id: "white-helmets", name: "Syria Civil Defence (White Helmets)", kind: "ngo", forms: [
    "white helmets", "casques blancs", "syria civil defence", "syria civil defense", "syrian civil defence", "syrian civil defense", "defense civile syrienne",
  ] },
];
