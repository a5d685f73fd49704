import { formatIsoDate } from "@/lib/format/dates";
import { formatNumber } from "@/lib/format/numbers";
import { categoryWords } from "@/lib/format/words";

export function plural(n: number, word: string): string {
  return `${formatNumber(n)} ${word}${n === 1 ? "" : "s"}`;
}

export function dateSpan(first: string | null, last: string | null): string {
  if (!first && !last) return "dates unknown";
  if (!first || !last || first === last) return formatIsoDate(first ?? last);
  return `${formatIsoDate(first)} – ${formatIsoDate(last)}`;
}

/** "Troops deployed · 5 sources · 6 claims · 10 October 2024 – 28 October 2024" */
export function questionFacts(q: { category: string; sourceCount: number; claimCount: number; firstDate: string | null; lastDate: string | null }): string {
  return [categoryWords(q.category), plural(q.sourceCount, "source"), plural(q.claimCount, "claim"), dateSpan(q.firstDate, q.lastDate)].join(" · ");
}

export { contestNote } from "@/lib/standing/contest-note";
