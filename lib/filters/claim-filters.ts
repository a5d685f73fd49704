// The claims explorer's search params, which are also the API's. Two readings of
// the same fields: a strict one for the API (a bad value is a 400 naming the
// parameter), and a forgiving one for pages (a bad value falls back to its
// default, and the page says which parameter it ignored).
import { z } from "zod";
import { CATEGORIES, LANGUAGES, QUALIFIERS, STANCES } from "../claims/claim";
import { REVIEW_STATUSES } from "../review/vocabulary";
import { CLAIM_SORTS } from "./claim-sorts";

export { CLAIM_SORTS, type ClaimSort } from "./claim-sorts";
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 500;

/** A real calendar day, month or year: 2024-02-30 and 2024-13 are refused, not read as March. */
function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d === undefined) return true;
  const day = new Date(Date.UTC(y!, m! - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m! - 1 && day.getUTCDate() === d;
}
// A field left empty in a form is no filter, not a value of 0.
const blankAsAbsent = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
  .refine(isRealDate, "must be a real calendar date");
/** Written in decimal digits only: "0x10", " 5", "1e3" and "Infinity" are not numbers a person typed. */
const decimal = z.union([z.number().finite(), z.string().regex(/^-?\d+(\.\d+)?$/, "must be a number written in digits, like 3000 or 2.5").transform(Number)]);
const wholeNumber = z.union([z.number().int(), z.string().regex(/^\d{1,15}$/, "must be a whole number written in digits").transform(Number)]);
const list = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().min(1).max(100)).max(50));
const text = z.string().trim().min(1).max(200);
/** A yes/no switch: `true`/`false`, `yes`/`no` or `1`/`0`; absent means no filter. */
const yesNo = z.enum(["true", "false", "yes", "no", "1", "0"]).transform((v) => v === "true" || v === "yes" || v === "1").optional();

/** How many rows a page holds: 1 to MAX_PAGE_SIZE, `byDefault` when absent or blank. */
export function pageSizeField(byDefault: number) {
  return z.preprocess(blankAsAbsent, wholeNumber.pipe(z.number().int().min(1).max(MAX_PAGE_SIZE)).default(byDefault));
}

export const CLAIM_FILTER_FIELDS = {
  // Agency ids are lower-case slugs: "GUR" means gur.
  source: list.transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]).describe("agency id, repeatable"),
  question: text.optional(),
  category: z.enum(CATEGORIES).optional(),
  outlet: text.optional(),
  article: z.preprocess(blankAsAbsent, wholeNumber.pipe(z.number().int().positive()).optional()),
  from: z.preprocess(blankAsAbsent, isoDate.optional()),
  to: z.preprocess(blankAsAbsent, isoDate.optional()),
  min: z.preprocess(blankAsAbsent, decimal.optional()),
  max: z.preprocess(blankAsAbsent, decimal.optional()),
  q: text.optional(),
  stance: z.enum(STANCES).optional(),
  /** true: only claims in the article's own voice (no source); false: only attributed claims. */
  ownVoice: yesNo,
  qualifier: z.enum(QUALIFIERS).optional(),
  unit: text.optional(),
  language: z.enum(LANGUAGES).optional(),
  /** true: only claims whose text gives an as-of date; false: only those dated by their article. */
  hasAsOf: yesNo,
  review: z
    .preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(REVIEW_STATUSES)).max(REVIEW_STATUSES.length))
    .transform((statuses) => [...new Set(statuses)])
    .describe("review status, repeatable"),
  sort: z.enum(CLAIM_SORTS).default("-date"),
  page: z.preprocess(blankAsAbsent, wholeNumber.pipe(z.number().int().min(1)).default(1)),
  pageSize: pageSizeField(DEFAULT_PAGE_SIZE),
};

const fields = CLAIM_FILTER_FIELDS;
export const claimFiltersSchema = z.object(fields);
export type ClaimFilters = z.infer<typeof claimFiltersSchema>;
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

const DEFAULTS = claimFiltersSchema.parse({});

/**
 * The filters without the agency ids no stored source has, and those ids: a
 * page drops them with a notice, the API refuses them (sourceIds is every
 * stored id, lower case).
 */
export function withKnownSources<F extends { source: string[] }>(filters: F, sourceIds: ReadonlySet<string>): { filters: F; unknown: string[] } {
  const unknown = filters.source.filter((id) => !sourceIds.has(id));
  return unknown.length ? { filters: { ...filters, source: filters.source.filter((id) => sourceIds.has(id)) }, unknown } : { filters, unknown };
}

/** Strict: for the API. */
export function parseClaimFiltersStrict(params: SearchParamsRecord) {
  return claimFiltersSchema.safeParse(params);
}

/**
 * Forgiving reading for pages: each field that fails falls back to its
 * default (a field fails alone, never the whole URL) and is named in `ignored`.
 */
export function parseForgiving<S extends z.ZodRawShape>(shape: S, params: SearchParamsRecord): { filters: z.infer<z.ZodObject<S>>; ignored: string[] } {
  const filters: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [key, schema] of Object.entries(shape)) {
    const parsed = (schema as z.ZodType).safeParse(params[key]);
    if (parsed.success) filters[key] = parsed.data;
    else {
      ignored.push(key);
      filters[key] = (schema as z.ZodType).safeParse(undefined).data;
    }
  }
  return { filters: filters as z.infer<z.ZodObject<S>>, ignored };
}

export function parseClaimFilters(params: SearchParamsRecord): { filters: ClaimFilters; ignored: string[] } {
  return parseForgiving(fields, params);
}

/** The search params that give these filters, defaults left out, for links and exports. */
export function claimFiltersToSearchParams(filters: Partial<ClaimFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)));
    else if (value !== (DEFAULTS as Record<string, unknown>)[key]) params.set(key, String(value));
  }
  return params;
}

/** A readable list of what the API accepts, for its 400 answers. */
export const CLAIM_FILTER_HELP: Record<string, string> = {
  source: "agency id (repeatable), e.g. source=gur&source=nis",
  question: "question id",
  category: `one of ${CATEGORIES.join(", ")}`,
  outlet: "publisher name",
  article: "article id (a positive whole number)",
  from: "ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
  to: "ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
  min: "a number",
  max: "a number",
  q: "free text, 1 to 200 characters: words matched blind to case and accents, whole or as a beginning",
  stance: `one of ${STANCES.join(", ")}`,
  ownVoice: "true (only claims in the article's own voice, with no source) or false (only attributed claims)",
  qualifier: `one of ${QUALIFIERS.join(", ")}`,
  unit: "a unit, e.g. soldiers",
  language: `one of ${LANGUAGES.join(", ")} (the article's language)`,
  hasAsOf: "true (only claims whose text gives an as-of date) or false",
  review: `review status (repeatable): ${REVIEW_STATUSES.join(", ")}`,
  sort: `one of ${CLAIM_SORTS.join(", ")}`,
  page: "a whole number from 1",
  pageSize: `a whole number from 1 to ${MAX_PAGE_SIZE}`,
};
