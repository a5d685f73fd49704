import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ArticleMeta } from "@/components/articles/article-meta";
import { ArticleReader } from "@/components/articles/article-reader";
import { fetchArticle } from "@/db/read/articles";
import { toReaderClaims } from "@/components/articles/reader-claims";

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
  return (
    <div className="space-y-4">
      <Link href="/articles" className="text-sm text-blue-800 hover:underline">← All articles</Link>
      <h1 className="text-2xl font-semibold">{article.title}</h1>
      <ArticleMeta article={article} />
      <ArticleReader text={article.text} language={article.language} claims={toReaderClaims(article.claims)} initialClaimId={claim ?? null} query={q} />
    </div>
  );
}
