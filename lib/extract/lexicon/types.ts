// The shape every language's word lists take. Algorithms read these tables
// only, so a new language joins by adding one file of data.
import type { Category } from "../../claims/claim";

/** "thing": buildings, homes — counted in damage. */
export type HeadKind = "personnel" | "people" | "casualty" | "materiel" | "thing";

export interface HeadNoun {
  /** English plural the claim is counted in ("soldiers", "shells"). */
  unit: string;
  kind: HeadKind;
  /** Category the noun itself implies ("prisonniers" are captured), if any. */
  category?: Category;
  /** Category it suggests when no word around says one: "they were 20,000" tells a turnout, unless "killed" follows. */
  usually?: Category;
}

export interface VagueScale {
  /** Plural form used bare ("milliers", "thousands"). */
  plural: string;
  /** Singular form used after "several"/"a few" in English ("several thousand"). */
  singular?: string;
  value: number;
}

export interface Lexicon {
  language: "fr" | "en";
  /** The character that starts decimals; the other of "." and "," groups thousands. */
  decimalMark: "," | ".";
  /** Plain number words and their values ("vingt" 20, "seventy" 70). */
  numberWords: Record<string, number>;
  /** Words that multiply what precedes them ("cent", "mille", "million", "dozen"). */
  multiplierWords: Record<string, number>;
  /** Words that only count as a number before a multiplier ("un", "a"). */
  weakNumberWords: string[];
  /** The weak words that count one before a casualty noun: "one death", "un blessé" ("a death" stays an article). */
  oneBeforeCasualty: string[];
  /** Words after a lone "one" that ends a list item: a place's preposition, an ordinal ("et une troisième en Andalousie"). */
  oneListFollowers: string[];
  /** Bounds before "one" that make it a count ("at least one Australian"). */
  oneBounds: string[];
  /** "demi", "half": half of the group before ("un million et demi"). */
  halves: string[];
  /** Words joining number words ("et", "and"). */
  numberJoiners: string[];
  /** Scale words after digits ("1,5 million"). */
  scaleWords: Record<string, number>;
  /** Approximate collective nouns ("une douzaine" 12, "a dozen" 12). */
  collectives: Record<string, number>;
  vagueScales: VagueScale[];
  /** Words joining two vague scales ("dizaines de milliers", "tens of thousands"). */
  vagueJoiner: string;
  /** "plusieurs", "quelques", "several", "a few": a bounded vague quantity. */
  boundedVagueQuantifiers: string[];
  approximators: string[];
  atLeast: string[];
  atMost: string[];
  upTo: string[];
  rangeOpeners: string[];
  rangeAndJoiners: string[];
  rangeToJoiners: string[];
  /** Words between a figure and its noun: "de ces", "of the", "le nombre de". */
  headBridges: string[];
  /** Words after a figure that point back to what was last counted: "d'entre eux", "others". */
  headAnaphors: string[];
  /** Phrases before a figure that name what it counts: "le nombre de", "the number of". */
  countIntroducers: string[];
  /** Definite words before a figure that restate one already given: "the two men", "les deux hommes". */
  restatementMarkers: string[];
  /** Phrases right before a bare figure that point back to what was last counted: "parmi eux", "among them". */
  anaphorsBefore: string[];
  /** A clitic and its verb before a bare figure, maybe with a participle after: "la CGT en a décompté 1,5 million" counts what was counted last. */
  partitiveBefore: string[];
  /** Words between a verb and the figure they limit: "n'en a compté que 8 000", "were only 8,000". */
  restrictives: string[];
  /** Verbs that join a counted subject to its bare figure: "les manifestants étaient 14 000", "protesters numbered 8,000". */
  copulas: string[];
  /**
   * Nouns that name a total counted by a figure written after them and a
   * link ("Russian losses … at 800,000", "les pertes se chiffrent à …").
   */
  totals: Record<string, HeadNoun>;
  /** Words a total and its figure are linked by, ending right before the figure or its modifier. */
  totalLinks: string[];
  /** Verbs of a count that changes, opening a chain of its steps: "climbed" (from … to …), "est passé" (de … à …). */
  changeVerbs: string[];
  /** The word between a change verb and the chain's first figure: "from", "de". */
  chainOpeners: string[];
  /** Words before each next step of a chain: "to", "then", "à", "puis". */
  chainLinks: string[];
  heads: Record<string, HeadNoun>;
  /** Auxiliaries and adverbs between a bare figure and the verb it is the subject of: "have been", "ont été", "already". */
  predicateAuxiliaries: string[];
  /** Verbs whose bare subject a figure counts: the dead, injured, marchers, the displaced ("1,441 have died", "300 ont péri", "thousands marched"). */
  subjectVerbs: Record<string, HeadNoun>;
  /** Words allowed between a figure and its noun (English adjectives mostly). */
  maxWordsBeforeHead: number;
  /** Words that open a credit cue: the noun after them names a speaker, not what is counted ("5 000 selon les syndicats"). */
  creditStops: string[];
  /** Totals a figure may qualify from before them ("a 240,000 estimate"); keys of `totals`. None in French, where the noun comes first. */
  totalsAfterFigure: string[];
  /** Determiners that open a figure qualifying a total: "a", "the". */
  figureDeterminers: string[];
  /** Determiners that may open the second speaker of a gapped clause: "la police a compté 9 000, les syndicats 25 000". */
  gapDeterminers: string[];
  /** What may stand between that speaker and its figure: "the unions at 15,000". */
  gapFigureLinks: string[];
  /** Who gives a figure in brackets after them: "avancés par les syndicats (230 000)", "given by the unions (230,000)". */
  agentPrepositions: string[];
  nationalities: Record<string, string>;
  /** Plural nouns of people by nationality ("Nord-Coréens"): they count people. */
  demonyms: Record<string, string>;
  /** Words showing a military setting, which make demonyms count soldiers. */
  militaryContext: string[];
  /** Verbs by which a country masses, sends or deploys a force it owns: "a massé", "has deployed". */
  forceVerbs: string[];
  /** Things a figure measures rather than counts: "km", "ans", "%"… */
  measureUnits: string[];
  /** Words a number follows when it is a reference: "article 4", "page 3". */
  referenceWords: string[];
  ordinalSuffixes: string[];
  months: Record<string, number>;
  /** Month names that are also common words ("may"): a month only before a number. */
  ambiguousMonths: string[];
  weekdays: Record<string, number>;
  categoryCues: Partial<Record<Category, string[]>>;
  places: Record<string, string>;
  /** Words that name a place said just before ("dans le pays", "the country"): the figure takes that place. */
  placeAnaphors: string[];
  groups: Record<string, string>;
  /** Ordered: the first state found wins, so more specific ones come first. */
  states: [string, string][];
  attribution: {
    /** Cue then speaker: "selon X", "according to X". */
    cueBeforeSpeaker: string[];
    /** Speaker then cue: "X a déclaré", "X said". */
    cueAfterSpeaker: string[];
    /** Words after "selon" that are not a speaker ("selon lesquelles"). */
    notSpeakers: string[];
    /** Pronouns standing for the last speaker: "selon eux", "they said". */
    pronouns: string[];
    /** Words opening reported content: a speaker is never found past them ("said that North Korea …"). */
    complementizers: string[];
    /** Cues right after a bare figure that credit it: "6 000 selon la police", "30,000, according to police". */
    creditCues: string[];
    /** Cues that name a speaker only opening a clause, the speaker then set off by a comma: "Pour la CGT, …". */
    cueAtClauseStart: string[];
    /** "cité par", "quoted by": an unnamed speaker's words as another source reports them. */
    citedBy: string[];
    /** Words right before a speech verb that make it a noun, an adjective or a reflexive: "an estimated", "les estimations", "se chiffrent". */
    notVerbBefore: string[];
    /** Adjectives that make a cue a noun only when the cue can be one: "the latest estimates", but "earlier reported". */
    nounModifiers: string[];
  };
  /** Verb forms of the future/conditional: the text reports what someone expects. */
  reportedMood: string[];
  /** Words that add to what was said ("également", "also"): the figure goes on with the report before. */
  continuation: string[];
  dates: DateLexicon;
}

export interface DateLexicon {
  today: string[];
  yesterday: string[];
  weekend: string[];
  /** The weekend before this one: "le week-end dernier" said on a Saturday is a week back. */
  lastWeekend: string[];
  /** "Au lendemain de la manifestation": what it names happened the day before publication. */
  dayAfter: string[];
  /** Words before a day written in digits, "le 27/09": without one, 1/3 is a fraction. */
  numericDayBefore: string[];
  lastWeek: string[];
  /** Words that put a weekday in the week before: "last Thursday", "jeudi dernier". */
  pastWeekday: { before: string[]; after: string[] };
  lastMonth: string[];
  earlyMonth: string[];
  midMonth: string[];
  lateMonth: string[];
  daysAgo: { before: string[]; after: string[] };
  daysLater: string[];
  daysEarlier: string[];
  dayUnits: Record<string, number>;
  /** Words that point back to the last date the text gave: "at the time", "alors". */
  then: string[];
  /** A time of day with no day of its own ("à 17h00", "at 5 p.m."): the day of the report. */
  clockTime: string;
  /** Words that make a date a deadline or a start, not the as-of date. */
  prospective: string[];
  articles: string[];
}
