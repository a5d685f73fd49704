// The filters whose options the explorer counts for the current selection, as
// Datasette's facets do. Apart from the zod schemas so that the filter form
// can name them without shipping zod.
export const FACETS = ["source", "category", "outlet", "question", "stance", "language"] as const;
export type Facet = (typeof FACETS)[number];

/** One option of a facet and how many claims the current filters give with it in place of the facet's own choice. */
export interface FacetCount {
  value: string | null;
  count: number;
}
export type FacetCounts = Record<Facet, FacetCount[]>;

/** The count beside an option, 0 when the current filters leave it no claim. */
export function countOf(counts: FacetCount[] | undefined, value: string | null): number {
  return counts?.find((c) => c.value === value)?.count ?? 0;
}
