import Link from "next/link";
import { agencyColor } from "@/components/charts/agency-colors";
import type { ExplorerClaim } from "@/db/read/claims";
import { ClaimReviewCell } from "@/components/review/claim-review-cell";
import type { SourceChoice } from "@/components/review/reviewable-claim";
import { formatIsoDate } from "@/lib/format/dates";
import { formatValue } from "@/lib/format/numbers";
import { AS_OF_NOT_STATED } from "@/lib/format/words";
import { HighlightedText } from "@/components/search/highlighted-text";
import type { ClaimSort } from "@/lib/filters/claim-sorts";
import { SortableHeader, type SortableColumn } from "./sortable-header";

function DateCell({ claim }: { claim: ExplorerClaim }) {
  if (claim.asOf) return <>{formatIsoDate(claim.asOf)}</>;
  if (claim.published) return <span title="No as-of date in the text: the article's publication date">{formatIsoDate(claim.published)} <span className="text-xs text-slate-500">(article date)</span></span>;
  return <span className="text-slate-500">{AS_OF_NOT_STATED}</span>;
}

interface Props {
  claims: ExplorerClaim[];
  query?: string;
  sort: ClaimSort;
  /** The same view in another order. */
  sortHref: (sort: ClaimSort) => string;
  review: { sources: SourceChoice[]; canReview: boolean };
}

export function ClaimsTable({ claims, query, sort, sortHref, review }: Props) {
  const header = (label: string, column: SortableColumn) => <SortableHeader label={label} column={column} sort={sort} hrefFor={sortHref} />;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="stack-table w-full text-left text-sm md:min-w-[960px]">
        <caption className="sr-only">Claims matching the filters</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            {header("Source", "source")}
            {header("Figure", "value")}
            <th scope="col" className="px-3 py-2">What is counted</th>
            {header("As of", "date")}
            {header("Article", "outlet")}
            <th scope="col" className="px-3 py-2 w-1/3">Quote</th>
            <th scope="col" className="px-3 py-2">Review</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr key={c.id} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2 max-md:font-semibold">
                <span aria-hidden className="mr-1.5 inline-block size-2.5 rounded-sm" style={{ backgroundColor: agencyColor(c.source?.id ?? null) }} />
                {c.source ? <HighlightedText text={c.source.name} query={query} /> : <span className="text-slate-600">article’s own voice</span>}
              </td>
              <td data-label="Figure" className="px-3 py-2 font-medium whitespace-nowrap tabular-nums">
                <Link prefetch={false} href={`/claims/${c.id}`} title="This claim on its own page, with a citation to copy" className="text-blue-800 hover:underline">{formatValue(c.value, c.qualifier, c.stance)}</Link>
              </td>
              <td data-label="Counted" className="px-3 py-2">
                <HighlightedText text={c.measure} query={query} />
                {c.question && (
                  <Link prefetch={false} href={`/questions/${encodeURIComponent(c.question)}`} className="block text-xs text-blue-800 hover:underline">
                    {c.questionLabel}
                  </Link>
                )}
              </td>
              <td data-label="As of" className="px-3 py-2 whitespace-nowrap"><DateCell claim={c} /></td>
              <td data-label="Article" className="px-3 py-2">
                <Link prefetch={false} href={`/articles/${c.article}?claim=${c.id}${query ? `&q=${encodeURIComponent(query)}` : ""}`} title={c.articleTitle} className="line-clamp-2 text-blue-800 hover:underline max-md:inline">{c.articleTitle}</Link>
                {c.outlet && <div className="text-xs text-slate-500"><HighlightedText text={c.outlet} query={query} /></div>}
              </td>
              <td className="px-3 py-2 italic text-slate-700">“<HighlightedText text={c.quote} query={query} />”</td>
              <td data-label="Review" className="px-3 py-2"><ClaimReviewCell claim={c} {...review} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
