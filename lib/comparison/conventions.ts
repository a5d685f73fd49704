// The conventions a reader needs to read a table's figures: how vague words
// became numbers and how standings are judged. Written from the lexicon's own
// data, so the note cannot drift from what extraction does.
import { vagueBounds } from "../extract/lexicon/vague";
import { formatNumber } from "../format/group-digits";

function vagueExamples(): string {
  const several = vagueBounds(1000, true);
  const bare = vagueBounds(1000, false);
  return [
    `"several thousand" (plusieurs milliers) is read as ${formatNumber(several.low)}–${formatNumber(several.high!)}`,
    `a bare "thousands" (des milliers) as ${formatNumber(bare.low)} or more`,
    "and likewise for tens, hundreds, tens of thousands and millions",
  ].join(", ");
}

export const STANDING_CONVENTION =
  "A source's standing compares its latest figure with the consensus of the independent sources: a range that overlaps the consensus is within it; a denial is set apart.";

/** The lines every comparison export carries under "Conventions". */
export function comparisonConventions(): string {
  return `Figures are shown as the source put them; ${vagueExamples()}; the best value of a vague figure is left empty. ${STANDING_CONVENTION}`;
}
