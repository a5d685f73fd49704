import type { Metadata } from "next";
import Link from "next/link";
import { ArticlesTable } from "@/components/articles/articles-table";
import { Pagination } from "@/components/claims/pagination";
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
      <p className="text-slate-600">
        {formatNumber(total)} article{total === 1 ? "" : "s"} loaded. Open one to read its text with each figure highlighted.
      </p>
      {articles.length === 0 && total > 0 ? (
        <div className="rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          <p className="font-medium">This page is past the last one.</p>
          <p className="mt-1 text-sm">
            <Link href={articlesHref({ ...filters, page: 1 })} className="text-blue-800 underline">Go to the first page</Link>.
          </p>
        </div>
      ) : (
        <ArticlesTable articles={articles} />
      )}
      <Pagination total={total} page={filters.page} pageSize={filters.pageSize} hrefFor={(page) => articlesHref({ ...filters, page })} />
    </div>
  );
}
