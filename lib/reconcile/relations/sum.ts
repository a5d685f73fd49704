// Figures from one source that add up to another of its figures: Seoul's
// 3,000 "already there" + 7,000 "to be sent" = its 10,000. The parts sit in
// child questions of the total's question; the relation is stored on the
// total's question, where the analyst reads the total.
// Pairs of parts only: that covers the stage splits reported in practice and
// keeps the search quadratic in a capped number of figures, not exponential.
import { MAX_CHILDREN_FOR_SUMS, SUM_TOLERANCE } from "../conventions";
import { formatFigure } from "../format";
import { possessive } from "../../format/words";
import { narrowing } from "../question-key";
import { partTotalKey, type QuestionAnalysis } from "./analysis";
import { type FigureBucket } from "./source-profiles";

interface Part {
  childId: string;
  detail: string;
  bucket: FigureBucket;
}

function partsBySource(whole: QuestionAnalysis, analyses: ReadonlyMap<string, QuestionAnalysis>): Map<string, Part[]> {
  const parts = new Map<string, Part[]>();
  for (const childId of whole.draft.childIds.slice(0, MAX_CHILDREN_FOR_SUMS)) {
    const child = analyses.get(childId);
    if (!child) continue;
    const detail = narrowing(child.draft.key, whole.draft.key);
    for (const profile of child.profiles) {
      if (!whole.bySource.has(profile.sourceKey)) continue;
      const list = parts.get(profile.sourceKey) ?? [];
      for (const bucket of profile.recent) list.push({ childId, detail, bucket });
      parts.set(profile.sourceKey, list);
    }
  }
  return parts;
}

/** Finds sums for one total's question; returns the part→total pairs it explained. */
export function findSums(whole: QuestionAnalysis, analyses: ReadonlyMap<string, QuestionAnalysis>, explained: Set<string>): void {
  for (const [sourceKey, parts] of partsBySource(whole, analyses)) {
    const totals = whole.bySource.get(sourceKey)?.recent ?? [];
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        const a = parts[i]!;
        const b = parts[j]!;
        if (a.childId === b.childId) continue;
        const sum = a.bucket.original.point! + b.bucket.original.point!;
        for (const total of totals) {
          const value = total.original.point!;
          if (Math.abs(sum - value) > SUM_TOLERANCE * Math.max(sum, value)) continue;
          const [first, second] = [a, b].sort((x, y) => x.bucket.original.id - y.bucket.original.id) as [Part, Part];
          const name = total.original.sourceName;
          whole.relations.add("sum", () => ({
            claims: [first.bucket.original.id, second.bucket.original.id, total.original.id],
            explanation: `${possessive(name)} ${formatFigure(first.bucket.original)} (${first.detail}) + ${formatFigure(second.bucket.original)} (${second.detail}) = ${formatFigure(total.original)}: parts of one total, not competing figures.`,
          }));
          // The summary names two sums at most: the text of the others is never built.
          if (whole.sumNotes.length < 2) whole.sumNotes.push(`${possessive(name)} ${formatFigure(first.bucket.original)} + ${formatFigure(second.bucket.original)} = ${formatFigure(total.original)}`);
          explained.add(partTotalKey(first.bucket.original.id, total.original.id));
          explained.add(partTotalKey(second.bucket.original.id, total.original.id));
        }
      }
    }
  }
}
