// The claim contract shared by `npm run extract`, the database and the HTTP API
// (see the design notes): one figure, who gives it, when, about what, and the
// exact span of text it comes from.
import { z } from "zod";

import { CATEGORIES, DATE_PRECISIONS, QUALIFIERS, STANCES, type Language } from "./vocabulary";

export * from "./vocabulary";

export const spanSchema = z.object({
  start: z.number().int().nonnegative().describe("UTF-16 offset of the first character"),
  end: z.number().int().nonnegative().describe("UTF-16 offset just past the last character"),
});
export type Span = z.infer<typeof spanSchema>;

export const valueSchema = z.object({
  low: z.number().nullable(),
  best: z.number().nullable(),
  high: z.number().nullable(),
});
export type ClaimValue = z.infer<typeof valueSchema>;

export const sourceRefSchema = z.object({
  id: z.string().describe("stable agency id from the gazetteer, e.g. gur"),
  name: z.string().describe("the agency's display name"),
  kind: z.string().optional().describe("what kind of source: ministry, police, union, unnamed …"),
  person: z.string().optional().describe("the person who spoke for it, when the article names one"),
  aliases: z.array(z.string()).optional().describe("for a source found in the text: the names the article gave it"),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const scopeSchema = z.object({
  place: z.string().nullable().describe("where, in English words: 'Kursk region', 'Russia'"),
  group: z.string().nullable().describe("which part of the whole: 'first contingent'"),
  state: z.string().nullable().describe("what state: 'training', 'already there', 'to be sent'"),
});
export type Scope = z.infer<typeof scopeSchema>;

/** The figure a denial disputes: its span in the same article and its quote. */
export const disputedSchema = spanSchema.extend({
  quote: z.string().describe("the disputed figure's claim quote"),
});
export type Disputed = z.infer<typeof disputedSchema>;

export const extractedClaimSchema = z.object({
  file: z.string().describe("base name of the article file"),
  quote: z.string().describe("the text between start and end"),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  mentions: z.array(spanSchema).describe("further spans of the same figure in the same article"),
  value: valueSchema,
  qualifier: z.enum(QUALIFIERS),
  unit: z.string().describe("what one counts in: soldiers, shells, missiles …"),
  category: z.enum(CATEGORIES),
  measure: z.string().describe("what is counted, in words, with its scope"),
  scope: scopeSchema,
  subject: z.string().nullable().describe("whose people or things are counted, e.g. 'North Korean'"),
  source: sourceRefSchema.nullable().describe("who the article credits; null in the article's own voice"),
  asOf: z.string().nullable().describe("ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
  asOfPrecision: z.enum(DATE_PRECISIONS).nullable(),
  stance: z.enum(STANCES),
  disputes: disputedSchema.optional().describe("for a denial: the figure it disputes, when the text names or points to it"),
});
export type ExtractedClaim = z.infer<typeof extractedClaimSchema>;

/** What extraction needs to know of an article besides its text. */
export interface ArticleInput {
  file: string;
  text: string;
  language: Language;
  /** ISO date the article was published, when known: relative dates resolve against it. */
  published: string | null;
}
