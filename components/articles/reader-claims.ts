import type { ArticleDetail } from "@/db/read/articles";
import { formatIsoDate } from "@/lib/format/dates";
import { formatValue } from "@/lib/format/numbers";
import { AS_OF_NOT_STATED } from "@/lib/format/words";

/** What the reader shows of a claim: plain, already formatted data for a client component. */
export interface ReaderClaim {
  id: number;
  spans: { start: number; end: number }[];
  quote: string;
  value: string;
  measure: string;
  source: string;
  asOf: string;
  questionId: string | null;
  questionLabel: string | null;
}

export function toReaderClaims(claims: ArticleDetail["claims"]): ReaderClaim[] {
  return claims.map((c) => ({
    id: c.id,
    spans: [{ start: c.start, end: c.end }, ...(JSON.parse(c.mentions) as { start: number; end: number }[])],
    quote: c.quote,
    value: formatValue({ low: c.valueLow, best: c.valueBest, high: c.valueHigh }, c.qualifier, c.stance),
    measure: `${c.measure} (${c.unit})`,
    source: c.sourceName ?? "the article itself (no source named)",
    asOf: c.asOf ? formatIsoDate(c.asOf) : AS_OF_NOT_STATED,
    questionId: c.questionId,
    questionLabel: c.question?.label ?? null,
  }));
}
