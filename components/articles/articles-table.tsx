import Link from "next/link";
import type { ArticleListItem } from "@/db/read/articles";
import { formatIsoDate } from "@/lib/format/dates";
import { HighlightedText } from "@/components/search/highlighted-text";

function PublishedCell({ article }: { article: ArticleListItem }) {
  // No date, but the manifest's note often bounds it ("later than June 2024"): that is worth more than "unknown".
  if (!article.published) {
    return (
      <span className="block max-w-xs whitespace-normal">
        <span className="text-slate-600">Not dated</span>
        {article.dateNote && <span className="block text-xs text-slate-600">{article.dateNote}</span>}
      </span>
    );
  }
  return (
    <span title={article.dateNote ?? undefined}>
      {formatIsoDate(article.published)}
      {article.dateSource === "inferred" && <span className="ml-1 text-xs text-amber-700">(inferred)</span>}
    </span>
  );
}

export function ArticlesTable({ articles, query }: { articles: ArticleListItem[]; query?: string }) {
  if (articles.length === 0) {
    return (
      <div className="rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
        <p className="font-medium">No articles yet.</p>
        <p className="mt-1 text-sm">
          Load some with <code className="rounded bg-slate-100 px-1">npm run ingest -- path/to/articles</code>.
        </p>
      </div>
    );
  }
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Loaded articles</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">Title</th>
            <th scope="col" className="px-3 py-2">Publisher</th>
            <th scope="col" className="px-3 py-2">Published</th>
            <th scope="col" className="px-3 py-2">Language</th>
            <th scope="col" className="px-3 py-2 text-right">Claims</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <tr key={article.id} className="border-t border-slate-200">
              <td className="px-3 py-2">
                <Link prefetch={false} href={`/articles/${article.id}${query ? `?q=${encodeURIComponent(query)}` : ""}`} className="font-medium text-blue-800 underline-offset-2 hover:underline">
                  <HighlightedText text={article.title} query={query} />
                </Link>
                <div className="text-xs text-slate-500">{article.fileName}</div>
              </td>
              <td className="px-3 py-2">{article.publisher ? <HighlightedText text={article.publisher} query={query} /> : <span className="text-slate-500">unknown</span>}</td>
              <td className="px-3 py-2 whitespace-nowrap align-top"><PublishedCell article={article} /></td>
              <td className="px-3 py-2 uppercase">{article.language}</td>
              <td className="px-3 py-2 text-right tabular-nums">{article.claimCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
