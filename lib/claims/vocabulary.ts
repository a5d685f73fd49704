// The claim contract's closed vocabularies, apart from the zod schemas so that
// browser code can use them without shipping zod.
export const QUALIFIERS = ["exact", "approx", "at_least", "at_most", "up_to", "range", "vague"] as const;
/**
 * What a figure counts, for any event. `casualties` is a count of killed and
 * wounded together ("pertes", "casualties"); `killed` and `injured` are never
 * one quantity. `participants`: crowds, marchers, strikers; `detained`:
 * arrests and custody; `displaced`: evacuated, refugees, homeless; `damage`:
 * buildings and homes destroyed or damaged.
 */
export const CATEGORIES = [
  "deployed", "casualties", "killed", "injured", "participants", "displaced", "detained", "damage",
  "deserters", "captured", "materiel", "other",
] as const;
export const STANCES = ["asserts", "denies"] as const;
export const DATE_PRECISIONS = ["day", "month", "year"] as const;
export const LANGUAGES = ["fr", "en"] as const;

export type Qualifier = (typeof QUALIFIERS)[number];
export type Category = (typeof CATEGORIES)[number];
export type Stance = (typeof STANCES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type Language = (typeof LANGUAGES)[number];
