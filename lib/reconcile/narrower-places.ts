// A figure for a narrower place belongs beside the wider question's figures:
// the Pentagon's "about 10,000 in the Kursk region" is shown in "North Korean
// troops in Russia", as a part with its place said, so the analyst sees GUR's
// 11,000, NIS's 10,000 and the Pentagon's 10,000 in Kursk together. It stays
// a part: left out of the wider question's consensus, spread and counts.
import { verbAfterName } from "../format/words";
import { sourceRow } from "./build-question";
import { formatFigure } from "./format";
import { placeInSentence } from "./places";
import { type QuestionAnalysis } from "./relations/analysis";
import { type Question } from "./types";

/** Up to this many narrower-place figures are shown per question. */
const MAX_NARROWER_FIGURES = 12;

function narrowsOnlyByPlace(narrow: QuestionAnalysis, wide: QuestionAnalysis): boolean {
  const a = narrow.draft.key;
  const b = wide.draft.key;
  return a.place !== null && a.place !== b.place && a.group === b.group && a.state === b.state && a.subject === b.subject && a.unit === b.unit;
}

export function addNarrowerPlaceFigures(question: Question, analysis: QuestionAnalysis, analyses: ReadonlyMap<string, QuestionAnalysis>): void {
  const notes = new Map<string, string[]>();
  for (const childId of analysis.draft.childIds) {
    const child = analyses.get(childId);
    if (!child || !narrowsOnlyByPlace(child, analysis)) continue;
    const scope = `in ${placeInSentence(child.draft.key.place!)}`;
    for (const profile of child.profiles) {
      if (question.sources.length >= analysis.profiles.length + MAX_NARROWER_FIGURES) break;
      if (analysis.bySource.has(profile.sourceKey) || profile.latest.denies || profile.latest.point === null) continue;
      question.sources.push({ ...sourceRow(profile), narrower: { questionId: child.draft.id, scope } });
      const said = `${profile.sourceName} ${verbAfterName(profile.sourceName, "says", "say")} ${formatFigure(profile.latest)}`;
      notes.set(scope, [...(notes.get(scope) ?? []), said]);
    }
  }
  for (const [scope, said] of [...notes].slice(0, 2)) question.summary += ` ${scope.charAt(0).toUpperCase()}${scope.slice(1)}, a part of this total: ${said.slice(0, 3).join("; ")}.`;
}
