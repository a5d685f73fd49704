import type { ArticleDetail } from "@/db/read/articles";
import { isExtractable, UNSUPPORTED_LANGUAGE_NOTE } from "@/lib/articles/language";
import { formatIsoDate } from "@/lib/format/dates";

export function ArticleMeta({ article }: { article: Pick<ArticleDetail, "publisher" | "published" | "dateSource" | "dateNote" | "language" | "url" | "fileName" | "claimCount"> & { metadataNote?: string | null } }) {
  const date = article.published ? `${formatIsoDate(article.published)}${article.dateSource === "inferred" ? " (inferred)" : ""}` : "not dated";
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr_auto_1fr]">
      <dt className="font-medium">Publisher</dt>
      <dd>{article.publisher ?? "unknown"}</dd>
      <dt className="font-medium">Published</dt>
      <dd>
        {date}
        {article.dateNote && <span className="block text-xs text-slate-500">{article.dateNote}</span>}
      </dd>
      <dt className="font-medium">Language</dt>
      <dd>
        <span className="uppercase">{article.language}</span>
        {!isExtractable(article.language) && <span className="block text-xs text-amber-800">{UNSUPPORTED_LANGUAGE_NOTE}: no claims were read</span>}
      </dd>
      <dt className="font-medium">File</dt>
      <dd>
        {isWebAddress(article.url) ? <a href={article.url} rel="noopener noreferrer" className="text-blue-800 underline">{article.fileName}</a> : article.fileName}
        {" · "}
        {article.claimCount} claim{article.claimCount === 1 ? "" : "s"}
      </dd>
      {article.metadataNote && <dd className="col-span-full text-xs text-slate-500">{article.metadataNote[0]!.toUpperCase() + article.metadataNote.slice(1)}.</dd>}
    </dl>
  );
}

/** Only http and https become links, whatever a database written by an older version holds. */
function isWebAddress(url: string | null): url is string {
  return url !== null && /^https?:\/\//i.test(url);
}
