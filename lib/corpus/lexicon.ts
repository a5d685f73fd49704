// Per-language words for each topic: the noun counted, verb phrases (indicative,
// conditional or hedged, participle) and places. Lists are data; templates pick.
import type { Lang, Topic } from "./types";

export interface TopicWords {
  nouns: readonly string[];
  pred: readonly string[];
  cond: readonly string[];
  part: readonly string[];
  places: readonly string[];
}

const FR_SOLDIERS = ["soldats nord-coréens", "militaires nord-coréens", "combattants nord-coréens"];
const FR_FRONT = ["dans la région de Koursk", "lors des combats dans la région de Koursk", "depuis leur arrivée sur le front", "près des villages de Plekhovo et Vorojba", ""];
const EN_SOLDIERS = ["North Korean troops", "North Korean soldiers", "North Korean servicemen"];
const EN_FRONT = ["in the Kursk region", "in fighting in Russia's Kursk region", "since arriving at the front", "near the villages of Plekhovo and Vorozhba", ""];

const FR: Record<Topic, TopicWords> = {
  deployed: {
    nouns: [...FR_SOLDIERS, "soldats de Pyongyang", "hommes des forces spéciales nord-coréennes"],
    pred: ["sont déployés", "se trouvent", "ont été envoyés", "sont stationnés", "s'entraînent"],
    cond: ["seraient déployés", "se trouveraient", "auraient été envoyés", "seraient stationnés", "s'entraîneraient"],
    part: ["déployés", "envoyés", "stationnés", "présents"],
    places: ["en Russie", "dans la région de Koursk", "dans l'oblast de Koursk", "dans l'Extrême-Orient russe", "dans la région de Briansk", "près de la frontière ukrainienne", "en Russie", ""],
  },
  casualties: {
    nouns: FR_SOLDIERS,
    pred: ["ont été tués ou blessés", "ont été mis hors de combat", "ont été tués ou blessés au combat"],
    cond: ["auraient été tués ou blessés", "auraient été mis hors de combat"],
    part: ["tués ou blessés", "mis hors de combat", "tués ou blessés"],
    places: FR_FRONT,
  },
  killed: {
    nouns: FR_SOLDIERS,
    pred: ["ont été tués", "sont morts au combat", "ont péri"],
    cond: ["auraient été tués", "seraient morts au combat"],
    part: ["tués", "morts au combat"],
    places: FR_FRONT,
  },
  deserters: {
    nouns: ["soldats nord-coréens", "militaires nord-coréens"],
    pred: ["ont déserté", "ont fui leurs positions", "ont abandonné leurs positions"],
    cond: ["auraient déserté", "auraient fui leurs positions"],
    part: ["ayant déserté", "en fuite", "portés disparus"],
    places: ["dans les régions de Briansk et de Koursk", "près de la frontière ukrainienne", "à environ sept kilomètres de la frontière", ""],
  },
  captured: {
    nouns: ["soldats nord-coréens", "militaires nord-coréens"],
    pred: ["ont été faits prisonniers", "ont été capturés"],
    cond: ["auraient été faits prisonniers", "auraient été capturés"],
    part: ["capturés", "faits prisonniers", "détenus par l'Ukraine"],
    places: ["par les forces ukrainiennes", "dans la région de Koursk", ""],
  },
  shells: {
    nouns: ["obus d'artillerie", "obus", "obus de 152 mm"],
    pred: ["ont été livrés à la Russie", "ont été expédiés vers la Russie"],
    cond: ["auraient été livrés à la Russie", "auraient été transférés à Moscou"],
    part: ["livrés à la Russie", "fournis à Moscou"],
    places: ["depuis l'été 2023", "depuis août 2023", "par voie ferroviaire", ""],
  },
  missiles: {
    nouns: ["missiles balistiques", "missiles KN-23", "missiles balistiques de courte portée"],
    pred: ["ont été livrés à la Russie", "ont été tirés sur l'Ukraine"],
    cond: ["auraient été livrés à la Russie", "auraient été tirés sur l'Ukraine"],
    part: ["livrés à Moscou", "tirés sur l'Ukraine"],
    places: ["depuis la fin 2023", "depuis décembre 2023", ""],
  },
};

const EN: Record<Topic, TopicWords> = {
  deployed: {
    nouns: [...EN_SOLDIERS, "troops from North Korea", "soldiers from Pyongyang's special forces"],
    pred: ["are deployed", "are stationed", "are training", "are present", "are based"],
    cond: ["may be deployed", "are believed to be stationed", "are reportedly based", "are thought to be training"],
    part: ["deployed", "stationed", "deployed", "on the ground"],
    places: ["in Russia", "in the Kursk region", "in Russia's Kursk oblast", "in Russia's Far East", "in the Bryansk region", "near the Ukrainian border", "in Russia", ""],
  },
  casualties: {
    nouns: EN_SOLDIERS,
    pred: ["have been killed or wounded", "have been killed or injured", "have been put out of action"],
    cond: ["are believed to have been killed or wounded", "may have been killed or wounded", "were reportedly killed or wounded"],
    part: ["killed or wounded", "killed or injured", "put out of action"],
    places: EN_FRONT,
  },
  killed: {
    nouns: EN_SOLDIERS,
    pred: ["have been killed", "have died in combat"],
    cond: ["are believed to have been killed", "were reportedly killed"],
    part: ["killed", "killed in action"],
    places: EN_FRONT,
  },
  deserters: {
    nouns: ["North Korean soldiers", "North Korean troops"],
    pred: ["have deserted", "have fled their posts", "have gone AWOL"],
    cond: ["reportedly deserted", "are believed to have deserted"],
    part: ["who have deserted", "missing from their units"],
    places: ["in the Bryansk and Kursk regions", "near the Ukrainian border", "about seven kilometres from the border", ""],
  },
  captured: {
    nouns: ["North Korean soldiers", "North Korean troops"],
    pred: ["have been taken prisoner", "have been captured"],
    cond: ["were reportedly captured", "are believed to have been taken prisoner"],
    part: ["captured", "taken prisoner", "held by Ukraine"],
    places: ["by Ukrainian forces", "in the Kursk region", ""],
  },
  shells: {
    nouns: ["artillery shells", "shells", "152mm artillery rounds", "rounds of artillery ammunition"],
    pred: ["have been shipped to Russia", "have been delivered to Russia"],
    cond: ["are believed to have been shipped to Russia", "were reportedly sent to Moscow"],
    part: ["shipped to Russia", "supplied to Moscow"],
    places: ["since August 2023", "since the summer of 2023", "by rail", ""],
  },
  missiles: {
    nouns: ["ballistic missiles", "KN-23 missiles", "short-range ballistic missiles"],
    pred: ["have been delivered to Russia", "have been fired at Ukraine"],
    cond: ["are believed to have been delivered to Russia", "were reportedly fired at Ukraine"],
    part: ["delivered to Moscow", "fired at Ukraine"],
    places: ["since late 2023", "since December 2023", ""],
  },
};

export const LEXICON: Record<Lang, Record<Topic, TopicWords>> = { fr: FR, en: EN };
