// Shapes shared by the corpus generator's modules.

export type Lang = "fr" | "en";

/** What a generated figure counts; `killed` and `casualties` both map to the claim category "casualties". */
export type Topic = "deployed" | "casualties" | "killed" | "deserters" | "captured" | "shells" | "missiles";

export type FigureShape = "exact" | "approx" | "at_least" | "up_to" | "range" | "vague";

/** A figure as written, e.g. "près de 11 000"; `of` is true when the noun needs "de"/"of" after it. */
export interface Figure {
  text: string;
  of: boolean;
}

/** A way to name an agency in running text. */
export interface SourceName {
  /** Noun phrase with its article: "le renseignement militaire ukrainien (GUR)", "the Pentagon". */
  np: string;
  /** Takes a plural verb. */
  pl: boolean;
  /** Gender in French: decides "il"/"elle"/"ils"/"eux". */
  fem?: boolean;
  /** A person, not an institution (English "he" rather than "it"). */
  person?: boolean;
}

export interface ManifestEntry {
  file: string;
  publisher: string;
  url: string | null;
  published: string;
  language: Lang;
  dateSource: "given";
  dateNote: null;
}

export interface GeneratedArticle {
  file: string;
  text: string;
  manifestEntry: ManifestEntry;
}

/** Everything a claim sentence template needs, already in the article's language. */
export interface ClaimText {
  src: SourceName;
  /** The figure alone: "près de 11 000". */
  fig: string;
  /** Figure with its noun: "près de 11 000 soldats nord-coréens". */
  qty: string;
  noun: string;
  pred: string;
  cond: string;
  part: string;
  place: string;
  when: string;
  /** Another outlet, for "cité par" / "as reported by". */
  outlet: string;
}

/** A split estimate: `now` already there, `later` still to come by `by`. */
export interface SplitText {
  src: SourceName;
  now: string;
  later: string;
  total: string;
  by: string;
  when: string;
}

export interface DenialText {
  src: SourceName;
  when: string;
  /** The figure others gave, with its noun, or "" when the denial names none. */
  qty: string;
}

export type ClaimTemplate = (c: ClaimText) => string;
export type CarriedTemplate = (c: ClaimText) => readonly [string, string];
export type SplitTemplate = (c: SplitText) => string;
export type DenialTemplate = (c: DenialText) => string;
