// Words of denials and disputes of a figure, per language, as data. Three
// kinds of verbs, from the surest to the least sure:
// - `verbs` deny or dispute by themselves: "a démenti", "conteste", "disputed";
// - `rejectVerbs` deny only with a claim or a figure as object, or a word that
//   runs it down: "a rejeté les allégations", "dismissed the figure";
// - `judgeVerbs` deny only with a word that runs the figure down:
//   "qualifié de ridicule", "called the figure inflated";
// - `figureOnlyCues` dispute only in a sentence that names a figure, with no
//   denial verb: "sans commune mesure", "treated with caution".
// A sentence that names a figure disputes it with any of these words: the
// verbs, the words running a figure down and the figure-only cues
// (`figureDisputeCues`), so a new phrase is written once, here.
// A verb followed by an agent marker ("contestés par la police", "disputed by
// the union") names its denier after it; otherwise the denier comes before.
import type { Language } from "../../claims/claim";
import { withAdverb } from "./common";

export interface DenialLexicon {
  verbs: string[];
  rejectVerbs: string[];
  judgeVerbs: string[];
  /** What is denied: claims in general ("allégations", "reports") and figures ("chiffre", "toll"). */
  claimNouns: string[];
  /** The nouns among `claimNouns` that name a figure: "ce chiffre" disputes the figure given just before. */
  figureNouns: string[];
  /** Words that run a figure down: "ridicule", "exagéré", "inflated". */
  disparaging: string[];
  /** Words that, right before a denial verb, cancel it: "did not deny". */
  negations: string[];
  /** Words that, right after the verb, cancel it: "ne conteste pas". */
  negationsAfter: string[];
  /** Words that open the agent of a passive verb: "par", "by". */
  agentMarkers: string[];
  /** Words that dispute a figure the sentence names and nothing else: "with caution", "sans commune mesure". */
  figureOnlyCues: string[];
}

const FR_FIGURE_NOUNS = ["chiffre*", "bilan*", "comptage*", "chiffrage*", "décompte*", "estimation*", "évaluation*", "nombre", "statistique*", "données", "calcul*", "comptabilité"];

const FR: DenialLexicon = {
  verbs: [
    "a démenti", "ont démenti", "avait démenti", "dément", "démentent", "démentait", "démentie", "démentis", "démenties",
    "a nié", "ont nié", "nie", "nient", "niait",
    ...withAdverb(["a", "ont", "avait", "avaient"], ["longtemps", "toujours", "catégoriquement", "fermement", "formellement", "aussitôt", "immédiatement", "également", "pourtant", "déjà", "vivement"], ["nié", "démenti", "contesté"]),
    "conteste", "contestent", "contestait", "contestaient", "a contesté", "ont contesté", "contesté*",
    "remet en cause", "remettent en cause", "a remis en cause", "remis en cause",
    "met en doute", "mettent en doute", "a mis en doute", "mis en doute",
    "minimise", "minimisent", "a minimisé", "minimisé*",
    "contredit", "contredisent", "a contredit", "ont contredit", "contredits", "contredite", "contredites",
    "mettant en doute", "remettant en cause", "contestant",
  ],
  rejectVerbs: [
    ...withAdverb(["s'élève", "s'élèvent", "s'est élevé", "s'est élevée", "se sont élevés"], ["", "mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aussi", "également", "vivement", "aussitôt"], ["contre"]).map((v) => v.replace(/\s+/g, " ")),
    "a retiré", "ont retiré", "retire",
    "a rejeté", "ont rejeté", "rejette", "rejettent", "rejeté*", "a réfuté", "réfute", "a balayé", "balaie", "balayé*", "dénonce", "dénoncent", "a dénoncé", "s'élève contre", "s'élèvent contre"],
  judgeVerbs: ["a qualifié", "qualifie", "qualifient", "qualifié*", "a jugé", "juge", "jugent", "jugé*", "accuse", "accusent", "a accusé", "estime", "a estimé"],
  claimNouns: ["allégation*", "accusation*", "information*", "rumeur*", "affirmation*", "rapports", "canular", "communiqué", ...FR_FIGURE_NOUNS],
  figureNouns: FR_FIGURE_NOUNS,
  disparaging: [
    "ridicule*", "fantaisiste*", "exagéré*", "surestimé*", "sous-estimé*", "gonflé*", "gonfler", "faux", "fausse*", "erroné*",
    "mensonger*", "grotesque*", "absurde*", "farfelu*", "fantaisie", "travestir", "manipul*", "truqué*", "infondé*", "sans fondement",
    "surévalué*", "sous-évalué*", "irréaliste*", "invraisemblable*",
  ],
  negations: ["pas", "jamais", "plus", "ne", "nullement", "sans"],
  negationsAfter: ["pas", "jamais", "nullement", "point"],
  agentMarkers: ["par", "de la part de", "du côté de"],
  figureOnlyCues: [
    "dénonc*", "contest*", "travesti*", "gonfl*", "minimis*", "sous-estim*", "surestim*", "réfut*", "exagér*", "sous-évalu*", "surévalu*", "truqu*",
    "sans commune mesure", "n'est pas toujours celui", "ne correspond pas", "en deçà de la réalité", "loin de la réalité", "loin du compte",
    "ne reflète pas", "doutes sur", "doute sur", "des doutes",
  ],
};

const EN_FIGURE_NOUNS = ["figure*", "toll*", "count", "counts", "number*", "estimate*", "tally", "tallies", "statistic*", "data", "turnout", "statement"];

const EN: DenialLexicon = {
  verbs: [
    "denied", "denies", "deny", "has denied", "have denied",
    "disputed", "disputes", "dispute", "disputing",
    "cast doubt on", "casts doubt on", "casting doubt on", "cast doubts on",
    "played down", "plays down", "playing down", "downplayed", "downplays",
    "expressed skepticism", "expressed scepticism", "express skepticism", "express scepticism", "expressing skepticism",
  ],
  rejectVerbs: ["dismissed", "dismisses", "dismissing", "rejected", "rejects", "rejecting", "refuted", "refutes", "criticised", "criticized", "criticism", "questioned", "questioning", "doubted", "challenged", "contested", "withdrew", "retracted", "has withdrawn"],
  judgeVerbs: ["called", "calls", "calling", "described", "describes", "accused", "accuses", "accusing", "said", "says"],
  claimNouns: ["allegation*", "accusation*", "report*", "claim*", "rumour*", "rumor*", "hoax", "statement", ...EN_FIGURE_NOUNS],
  figureNouns: EN_FIGURE_NOUNS,
  disparaging: [
    "inflated", "inflating", "inflate", "exaggerated", "exaggerating", "overstated", "overstating", "understated", "absurd", "ridiculous",
    "fake", "false", "bogus", "baseless", "groundless", "fabricated", "wrong", "inaccurate", "unrealistic", "underestimate*",
    "overestimate*", "lie", "lies", "made up", "padded", "padding", "manipulat*", "implausible", "not credible", "fantasy",
  ],
  negations: ["not", "never", "n't", "no longer", "refused to", "declined to", "no one", "nobody", "did not", "without"],
  negationsAfter: [],
  agentMarkers: ["by", "from"],
  figureOnlyCues: [
    "questions", "cast doubt", "casts doubt", "undercount*", "skepticism", "scepticism", "sceptical", "skeptical",
    "with caution", "not credible", "flawed", "doubts about", "doubt about", "far from the truth", "far from reality",
    "does not reflect", "do not reflect",
  ],
};

const DENIAL_LEXICONS: Record<Language, DenialLexicon> = { fr: FR, en: EN };

export function denialLexicon(language: Language): DenialLexicon {
  return DENIAL_LEXICONS[language];
}

/** Every word that disputes a figure the sentence names: the denial verbs, the words running a figure down, and the figure-only cues. */
export function figureDisputeCues(d: DenialLexicon): string[] {
  return [...new Set([...d.verbs, ...d.rejectVerbs, ...d.disparaging, ...d.figureOnlyCues])];
}
