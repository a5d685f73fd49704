// Long lists on summary pages (the overview's cards, the sources page) are
// capped to what an analyst reads first: the items quoted most, in the order
// the list already had, with the rest one link away.

/** The `max` items of largest claimCount, in their original order; ties go to the earlier item. */
export function mostQuoted<T extends { claimCount: number }>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const kept = new Set(
    items
      .map((item, index) => ({ item, index }))
      .sort((a, b) => b.item.claimCount - a.item.claimCount || a.index - b.index)
      .slice(0, Math.max(0, max))
      .map(({ index }) => index),
  );
  return items.filter((_, index) => kept.has(index));
}
