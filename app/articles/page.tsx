import type { Metadata } from "next";
import { ArticlesTable } from "@/components/articles/articles-table";
import { fetchArticles } from "@/db/read/articles";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const articles = await fetchArticles();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Articles</h1>
      <p className="text-slate-600">
        {articles.length} article{articles.length === 1 ? "" : "s"} loaded. Open one to read its text with each figure highlighted.
      </p>
      <ArticlesTable articles={articles} />
    </div>
  );
}
