// Deleting an article: its claims go with it (the foreign key cascades), and
// the questions are regrouped so that none keeps a figure that is gone.
// Nothing else changes: other articles, sources, accounts and decisions stay.
import type { SqliteDatabase } from "../sqlite";
import { rebuildQuestions } from "./rebuild-questions";
import { refreshPlannerStatistics } from "./statistics";

export type DeleteOutcome = { deleted: true; title: string; claims: number } | { deleted: false };

export function deleteArticle(db: SqliteDatabase, id: number): DeleteOutcome {
  const removed = db
    .transaction(() => {
      const article = db.prepare<[number], { title: string; claimCount: number }>(`SELECT "title", "claimCount" FROM "Article" WHERE "id" = ?`).get(id);
      if (!article) return null;
      db.prepare(`DELETE FROM "Article" WHERE "id" = ?`).run(id);
      return article;
    })
    .immediate();
  if (!removed) return { deleted: false };
  rebuildQuestions(db);
  refreshPlannerStatistics(db);
  return { deleted: true, title: removed.title, claims: removed.claimCount };
}
