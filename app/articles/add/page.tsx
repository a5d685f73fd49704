import type { Metadata } from "next";
import { requirePageRole } from "@/auth/session";
import { AddArticles } from "@/components/articles/add/add-articles";
import { formatBytes, MAX_ARTICLE_BYTES, MAX_FILES_PER_UPLOAD } from "@/lib/articles/upload-limits";

export const metadata: Metadata = { title: "Add articles" };

export default async function AddArticlesPage() {
  await requirePageRole("analyst", "/articles/add");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Add articles</h1>
      <p className="text-slate-600">
        Plain text, Markdown or web pages saved as HTML, up to {MAX_FILES_PER_UPLOAD} at a time and {formatBytes(MAX_ARTICLE_BYTES)} each. Check the details of each
        one; what you leave empty is read from the file (a page&apos;s own title, publisher and date) or inferred from the text.
      </p>
      <AddArticles />
    </div>
  );
}
