import Link from "next/link";
import { formatNumber } from "@/lib/format/numbers";

interface Props {
  total: number;
  /** More rows than `total` follow (the count stopped): the pager offers the next page and names no last one. */
  totalIsLowerBound?: boolean;
  page: number;
  pageSize: number;
  /** Builds the URL of another page with every other setting kept. */
  hrefFor: (page: number) => string;
}

export function Pagination({ total, totalIsLowerBound = false, page, pageSize, hrefFor }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && !totalIsLowerBound) return null;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const linkClass = "rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-100";
  return (
    <nav aria-label="Pages" className="flex items-center justify-between gap-4 text-sm">
      <p className="text-slate-600">
        {totalIsLowerBound ? (
          <>Showing {formatNumber(first)}–{formatNumber(last)} of more than {formatNumber(total)} · page {page}</>
        ) : (
          <>Showing {formatNumber(first)}–{formatNumber(last)} of {formatNumber(total)} · page {page} of {pages}</>
        )}
      </p>
      <div className="flex gap-2">
        {page > 1 && <Link className={linkClass} href={hrefFor(page - 1)} rel="prev">← Previous</Link>}
        {(page < pages || totalIsLowerBound) && <Link className={linkClass} href={hrefFor(page + 1)} rel="next">Next →</Link>}
      </div>
    </nav>
  );
}
