// `npm run delete-article -- ID ...`: deletes articles with their claims, then regroups.
import { z } from "zod";
import { busyMessage, isBusy, openSqlite } from "../db/sqlite";
import { deleteArticle } from "../db/write/delete-article";

const HELP = `Usage: npm run delete-article -- ID [ID ...]

Deletes each article (its id is in its address, /articles/ID) with its claims,
then regroups the questions. Nothing else changes.`;

function main(args: string[]): number {
  if (args.length === 0 || args.includes("--help") || args.includes("-h")) {
    console.log(HELP);
    return args.length === 0 ? 2 : 0;
  }
  const ids = args.map((a) => z.coerce.number().int().positive().safeParse(a));
  const bad = args.filter((_, i) => !ids[i]!.success);
  if (bad.length) {
    console.error(`Not an article id: ${bad.join(", ")} (an id is a whole number from 1; see /articles).`);
    return 2;
  }
  const db = openSqlite();
  let failed = 0;
  try {
    for (const id of ids.map((r) => r.data!)) {
      const outcome = deleteArticle(db, id);
      if (outcome.deleted) console.log(`Deleted article ${id}, "${outcome.title}", with its ${outcome.claims} claim${outcome.claims === 1 ? "" : "s"}.`);
      else {
        console.error(`No article ${id}.`);
        failed++;
      }
    }
  } finally {
    db.close();
  }
  return failed ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`Delete stopped: ${isBusy(error) ? busyMessage() : error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
