// A figure with a narrower scope is part of the same source's figure for the
// wider scope: GUR's 2,600 (first contingent, Kursk region) is part of GUR's
// 11,000 in Russia. Stored on the narrower question, where the part lives.
// Only same-source pairs are linked: across sources the question's parentId
// already says that one scope contains the other, and a claim-level link
// would pretend one agency counted a share of another's figure.
import { AGREEMENT_TOLERANCE } from "../conventions";
import { sourceFigure } from "../format";
import { narrowing } from "../question-key";
import { partTotalKey, type QuestionAnalysis } from "./analysis";

export function findParts(narrow: QuestionAnalysis, analyses: ReadonlyMap<string, QuestionAnalysis>, explained: ReadonlySet<string>): void {
  for (const profile of narrow.profiles) {
    // The nearest wider question where this source gives a figure.
    const wider = narrow.draft.widerIds
      .map((id) => analyses.get(id))
      .find((analysis) => (analysis?.bySource.get(profile.sourceKey)?.recent.length ?? 0) > 0);
    if (!wider) continue;
    const wholes = wider.bySource.get(profile.sourceKey)!.recent;
    const detail = narrowing(narrow.draft.key, wider.draft.key);
    for (const part of profile.recent) {
      for (const whole of wholes) {
        const ceiling = whole.original.high ?? whole.original.point!;
        // A "part" larger than its whole is an inconsistency, not a share.
        if (part.original.point! > ceiling * (1 + AGREEMENT_TOLERANCE)) continue;
        if (explained.has(partTotalKey(part.original.id, whole.original.id))) continue;
        narrow.relations.add("part_of", () => ({
          claims: [part.original.id, whole.original.id],
          explanation: `${sourceFigure(part.original)} (${detail}) is part of ${sourceFigure(whole.original)} for the wider scope: a narrower count, kept in its own question.`,
        }));
      }
    }
  }
}
