import type { Metadata } from "next";
import Link from "next/link";
import { ArticlesTable } from "@/components/articles/articles-table";
import { Pagination } from "@/components/claims/pagination";
import { DataLinks } from "@/components/ui/data-links";
import { IgnoredParamsNotice } from "@/components/ui/ignored-params-notice";
import { fetchArticlesPage } from "@/db/read/articles";
import { ARTICLE_LIST_PARAM_HELP, articlesHref, parseArticleListParams } from "@/lib/filters/article-list-params";
import type { SearchParamsRecord } from "@/lib/filters/claim-filters";
import { formatNumber } from "@/lib/format/numbers";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const { filters, ignored } = parseArticleListParams(await searchParams);
  const { articles, total } = await fetchArticlesPage(filters);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Articles</h1>
      <IgnoredParamsNotice ignored={ignored} help={ARTICLE_LIST_PARAM_HELP} />
      <form role="search" aria-label="Search articles" action="/articles" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium">Search titles, texts and outlets
          <input type="search" name="q" defaultValue={filters.q ?? ""} placeholder="e.g. Koursk" className="w-72 rounded border border-slate-300 bg-white px-2 py-1 text-sm" />
        </label>
        <button type="submit" className="rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100">Search</button>
        {filters.q && <Link href="/articles" className="text-sm text-blue-800 underline">Show every article</Link>}
      </form>
      <p className="text-slate-600" aria-live="polite">
        {filters.q
          ? `${formatNumber(total)} article${total === 1 ? "" : "s"} with “${filters.q}” (accents and case aside, words or their beginnings). Open one to read it with the words marked.`
          : `${formatNumber(total)} article${total === 1 ? "" : "s"} loaded. Open one to read its text with each figure highlighted.`}
      </p>
      {articles.length === 0 && total > 0 ? (
        <div className="rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          <p className="font-medium">This page is past the last one.</p>
          <p className="mt-1 text-sm">
            <Link href={articlesHref({ ...filters, page: 1 })} className="text-blue-800 underline">Go to the first page</Link>.
          </p>
        </div>
      ) : (
        <ArticlesTable articles={articles} query={filters.q} />
      )}
      <DataLinks json={`/api${articlesHref(filters)}`} />
      <Pagination total={total} page={filters.page} pageSize={filters.pageSize} hrefFor={(page) => articlesHref({ ...filters, page })} />
    </div>
  );
}
