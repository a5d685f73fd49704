import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ArticleMeta } from "@/components/articles/article-meta";
import { ArticleReader } from "@/components/articles/article-reader";
import { DataLinks } from "@/components/ui/data-links";
import { fetchArticle } from "@/db/read/articles";
import { toReaderHighlights } from "@/components/articles/reader-claims";
import { DeleteArticleButton } from "@/components/articles/delete-article-button";
import { getCurrentUser } from "@/auth/session";
import { roleAllows } from "@/lib/auth/roles";
import { fetchQuestionChoices, fetchSourceChoices } from "@/db/read/review";

const paramsSchema = z.object({ id: z.coerce.number().int().positive() });
const searchSchema = z.object({
  claim: z.coerce.number().int().positive().optional().catch(undefined),
  q: z.string().trim().min(1).max(200).optional().catch(undefined),
});

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function loadArticle(params: Props["params"]) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const article = await fetchArticle(parsed.data.id);
  if (!article) notFound();
  return article;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle(params);
  return { title: article.title };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const article = await loadArticle(params);
  const { claim, q } = searchSchema.parse(await searchParams);
  const highlights = toReaderHighlights(article.text, article.claims, claim ?? null);
  const [user, sources] = await Promise.all([getCurrentUser(), fetchSourceChoices()]);
  const canReview = roleAllows(user?.role, "analyst");
  const questions = canReview ? await fetchQuestionChoices() : [];
  return (
    <div className="space-y-4">
      <Link href="/articles" className="text-sm text-blue-800 hover:underline">← All articles</Link>
      <h1 className="text-2xl font-semibold">{article.title}</h1>
      <ArticleMeta article={article} />
      {roleAllows(user?.role, "admin") && <DeleteArticleButton id={article.id} title={article.title} />}
      <DataLinks json={`/api/articles/${article.id}`} csv={`/api/export?format=csv&article=${article.id}`} />
      {highlights.shownSpans < highlights.totalSpans && (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          This article has {highlights.totalSpans.toLocaleString("en")} figure mentions; the first {highlights.shownSpans.toLocaleString("en")} are highlighted.{" "}
          <Link href={`/claims?article=${article.id}`} className="text-blue-800 underline">The claims explorer lists every claim of this article.</Link>
        </p>
      )}
      <ArticleReader
        articleId={article.id}
        text={article.text}
        language={article.language}
        claims={highlights.claims}
        segments={highlights.segments}
        initialClaimId={claim ?? null}
        query={q}
        sources={sources}
        questions={questions}
        canReview={canReview}
      />
    </div>
  );
}
