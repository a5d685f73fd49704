// The hand-made gold claims of a dev set (eval/*/gold.json and the shared
// seed-gold.json): the claim contract's ideas in snake_case, read and checked
// at the boundary so that a malformed annotation fails loudly, not as a miss.
import { z } from "zod";
import { STANCES } from "../../lib/claims/claim";

export const goldClaimSchema = z.object({
  file: z.string().min(1),
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  value_low: z.number().nullable(),
  value_best: z.number().nullable().optional(),
  value_high: z.number().nullable(),
  qualifier: z.string().nullable().optional(),
  category: z.string().optional(),
  unit: z.string().optional(),
  measure: z.string().optional(),
  /** Names a reader would accept for whom the article credits; null in the article's own voice. */
  source: z.array(z.string().min(1)).min(1).nullable().optional(),
  /** Older sets name the speaker with one label instead (see seed-sources.ts). */
  attributed_to: z.string().nullable().optional(),
  as_of: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD").nullable(),
  stance: z.enum(STANCES),
  note: z.string().optional(),
});
export type GoldClaim = z.infer<typeof goldClaimSchema>;

/** Parses a gold file's JSON text; throws with the file name and the first problems. */
export function parseGold(jsonText: string, where: string): GoldClaim[] {
  const parsed = z.array(goldClaimSchema).safeParse(JSON.parse(jsonText));
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`${where} is not a valid gold file: ${problems.join("; ")}`);
  }
  return parsed.data;
}
