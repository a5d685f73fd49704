// Apart from the zod schemas so that the filter form can list the sorts without shipping zod.
export const CLAIM_SORTS = ["-date", "date", "-value", "value", "source", "outlet"] as const;
export type ClaimSort = (typeof CLAIM_SORTS)[number];
