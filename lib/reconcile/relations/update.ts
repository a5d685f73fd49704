// A source giving a different figure at a later date revises itself: the
// newer figure replaces the older one in the source's row, and the pair is
// shown as an update rather than a conflict.
import { dated, formatFigure } from "../format";
import { isLater } from "../dates";
import { type RelationList } from "./relation-list";
import { type SourceProfile } from "./source-profiles";

export function findUpdates(profiles: readonly SourceProfile[], relations: RelationList): void {
  for (const profile of profiles) {
    // buckets are oldest first; only dated assertions can show an order.
    const datedFigures = profile.buckets.filter((bucket) => bucket.original.days !== null && !bucket.original.denies && bucket.original.point !== null);
    for (let i = 1; i < datedFigures.length; i++) {
      const before = datedFigures[i - 1]!.original;
      const after = datedFigures[i]!.original;
      if (!isLater(before.days, after.days)) continue;
      relations.add("update", () => ({
        claims: [before.id, after.id],
        explanation: `${profile.sourceName} went from ${formatFigure(before)}${dated(before)} to ${formatFigure(after)}${dated(after)}: a later estimate from the same source, not a conflict.`,
      }));
    }
  }
}
