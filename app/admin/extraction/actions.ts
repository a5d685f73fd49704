"use server";

import { revalidatePath } from "next/cache";
import { AuthorizationError, requireRole } from "@/auth/session";
import { openSqlite } from "@/db/sqlite";
import { reextractArticles } from "@/db/write/reextract";

export interface ReextractState {
  message: string | null;
  ok: boolean;
}

/** Extracts the outdated articles again (admins), in batches, then regroups once. */
export async function reextractOutdated(_previous: ReextractState, form: FormData): Promise<ReextractState> {
  try {
    await requireRole("admin");
  } catch (error) {
    if (error instanceof AuthorizationError) return { ok: false, message: error.message };
    throw error;
  }
  const all = form.get("scope") === "all";
  const db = openSqlite();
  try {
    const started = performance.now();
    const count = reextractArticles(db, { all });
    revalidatePath("/", "layout");
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return { ok: true, message: count ? `Extracted ${count} article${count === 1 ? "" : "s"} again and regrouped the questions in ${seconds} s.` : "Every article is already extracted with the current version." };
  } finally {
    db.close();
  }
}
