import Link from "next/link";
import type { ClaimSort } from "@/lib/filters/claim-sorts";

/** The sorts a column header offers, first the one a click picks when the column is not the sort. */
export const COLUMN_SORTS = {
  source: ["source"],
  value: ["-value", "value"],
  date: ["-date", "date"],
  outlet: ["outlet"],
} as const satisfies Record<string, readonly ClaimSort[]>;
export type SortableColumn = keyof typeof COLUMN_SORTS;

const DESCRIPTIONS: Partial<Record<ClaimSort, string>> = { "-value": "largest first", value: "smallest first", "-date": "newest first", date: "oldest first", source: "A to Z", outlet: "A to Z" };

/**
 * A column header that is the control for its sort: a link to the same view
 * sorted by the column, or in the other direction when it already is.
 */
export function SortableHeader({ label, column, sort, hrefFor, className = "" }: { label: string; column: SortableColumn; sort: ClaimSort; hrefFor: (sort: ClaimSort) => string; className?: string }) {
  const sorts: readonly ClaimSort[] = COLUMN_SORTS[column];
  const active = sorts.includes(sort);
  const next = active ? (sorts[(sorts.indexOf(sort) + 1) % sorts.length] ?? sort) : sorts[0]!;
  const ascending = !sort.startsWith("-");
  const ariaSort = active ? (ascending ? "ascending" : "descending") : undefined;
  return (
    <th scope="col" aria-sort={ariaSort} className={`px-3 py-2 ${className}`}>
      <Link href={hrefFor(next)} prefetch={false} className="inline-flex items-center gap-1 hover:underline" title={`Sort by ${label.toLowerCase()}, ${DESCRIPTIONS[next]}`}>
        {label}
        <span aria-hidden className="text-xs text-slate-500">{active ? (ascending ? "▲" : "▼") : "↕"}</span>
      </Link>
    </th>
  );
}
