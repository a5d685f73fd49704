import type { NextRequest } from "next/server";
import { z } from "zod";
import { fetchArticle } from "../../../../db/read/articles";
import { fetchArticleClaims } from "../../../../db/read/claims";
import { answering, invalidParameter, jsonResponse, notFound } from "../../_lib/responses";
import { authorizeRequest } from "@/auth/session";
import { openSqlite } from "@/db/sqlite";
import { deleteArticle } from "@/db/write/delete-article";

export const dynamic = "force-dynamic";

const idSchema = z.coerce.number().int().positive();
/** The page's claim list is replaced by the contract's; the content hash is internal. */
const HIDDEN = new Set(["claims", "contentHash"]);

interface Context {
  params: Promise<{ id: string }>;
}

/** One article with its text and its claims in the contract's shape (offsets index the text). */
export function GET(_request: NextRequest, { params }: Context) {
  return answering(async () => {
    const { id } = await params;
    const parsed = idSchema.safeParse(id);
    const article = parsed.success ? await fetchArticle(parsed.data) : null;
    if (!article) return notFound(`No article with id "${id}". Article ids are whole numbers, as /api/articles gives them.`);
    const fields = Object.fromEntries(Object.entries(article).filter(([key]) => !HIDDEN.has(key)));
    return jsonResponse({ article: fields, claims: fetchArticleClaims(article.id) });
  });
}

/** Deletes an article and its claims (admins); the questions are regrouped before the answer. */
export function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return answering(async () => {
    const authorized = await authorizeRequest(request, "admin");
    if (authorized.response) return authorized.response;
    const id = idSchema.safeParse((await params).id);
    if (!id.success) return invalidParameter("id", "An article id is a whole number from 1.");
    const db = openSqlite();
    try {
      const outcome = deleteArticle(db, id.data);
      if (!outcome.deleted) return notFound(`No article ${id.data}: it may have been deleted already.`);
      return jsonResponse({ deleted: { id: id.data, title: outcome.title, claims: outcome.claims } });
    } finally {
      db.close();
    }
  });
}
