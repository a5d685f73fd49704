import type { SqliteDatabase } from "../sqlite";

/**
 * Refreshes the statistics SQLite's planner chooses indexes by. Without them
 * it guesses that every index is as selective as any other, and a page that
 * filters by agency and category can count a million rows through the
 * category index instead of a third of that through the agency's: 1 s
 * instead of 0.4 s at 1.6M claims. A full pass costs about 1.4 s there.
 */
export function refreshPlannerStatistics(db: SqliteDatabase): void {
  db.exec("ANALYZE");
}
