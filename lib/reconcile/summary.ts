// The one line shown under a question's chart, written so that no part reads
// as a range's ends: each source with its own figure as it put it.
// "7 sources. Ukraine's Defence Intelligence (GUR) says 11,000; NIS says about
// 10,000; ISW says several thousand (2,000–9,999); and 1 more. Kremlin and
// North Korea deny it. NIS's 3,000 + 7,000 = about 10,000."
import { verbAfterName } from "../format/words";
import { listNames, plural } from "./format";

export interface SummaryFigure {
  sourceName: string;
  /** The figure as the source put it. */
  text: string;
}

export interface SummaryInputs {
  sourceCount: number;
  /** Asserting sources to name, in order (largest figure first). */
  figures: readonly SummaryFigure[];
  /** Further asserting sources, counted, not named. */
  moreFigures?: number;
  denyingNames: readonly string[];
  sumNotes: readonly string[];
  /** Figures of narrower places shown beside this question's: "in the Kursk region, US DoD says about 10,000". */
  partNotes?: readonly string[];
  figureContradictions: number;
}

export const SUMMARY_FIGURES = 4;

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

export function summarize(inputs: SummaryInputs): string {
  const parts = [`${plural(inputs.sourceCount, "source")}.`];
  const named = inputs.figures.slice(0, SUMMARY_FIGURES).map((figure) => `${figure.sourceName} ${verbAfterName(figure.sourceName, "says", "say")} ${figure.text}`);
  const rest = inputs.figures.length - named.length + (inputs.moreFigures ?? 0);
  if (rest > 0) named.push(`and ${plural(rest, "more source")}`);
  if (named.length > 0) parts.push(sentence(named.join("; ")));
  if (inputs.denyingNames.length > 0) parts.push(sentence(`${listNames(inputs.denyingNames)} ${inputs.denyingNames.length === 1 ? verbAfterName(inputs.denyingNames[0]!, "denies", "deny") : "deny"} it`));
  for (const note of [...new Set(inputs.sumNotes)].slice(0, 2)) parts.push(sentence(note));
  for (const note of (inputs.partNotes ?? []).slice(0, 2)) parts.push(sentence(note));
  if (inputs.figureContradictions > 0) parts.push(sentence(plural(inputs.figureContradictions, "contradiction") + " between figures"));
  return parts.join(" ");
}
