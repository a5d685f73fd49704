// The views issue 15 sets a speed target for, with that target, so a run
// prints each figure beside what it must be. Targets are for 100,000
// articles; "as before" ones are the figures BENCHMARKS.md gave for the view
// before search, facets and cursors.
import Database from "better-sqlite3";
import { FACETS } from "../../lib/filters/facets";
import { encodeCursor } from "../../lib/filters/cursor";
import { percentile, timeRequests, type Timing, type ViewTiming } from "./measure-http";

export interface View {
  name: string;
  path: string;
  /** What p95 must stay under at 100,000 articles, in ms; absent where the issue sets none. */
  targetMs?: number;
  target?: string;
}

/** Words an analyst types, with and without their accents, common and rare. */
export const SEARCHES = ["coreens", "Etats", "GUR", "soldats", "troops killed", "Koursk", "pentagone"];

const ALL_FACETS = FACETS.map((f) => `facet=${f}`).join("&");

interface Corpus {
  topQuestion: string;
  topOutlet: string;
  /** The position of the row 50 before the end of the default order, as the API's cursor. */
  lastCursor: string;
}

/** What the views need from the database: its largest question and outlet, and a cursor near its last row. */
export function readCorpus(dbFile: string): Corpus {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const topQuestion = db.prepare(`SELECT "id" FROM "Question" ORDER BY "claimCount" DESC LIMIT 1`).pluck().get() as string;
    const topOutlet = db.prepare(`SELECT "outlet" FROM "Claim" WHERE "outlet" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`).pluck().get() as string;
    // The default order, newest first: dated claims by date, then the undated ones, each by id, descending.
    const last = db
      .prepare(`SELECT "dateForSort" AS value, "id" FROM "Claim" ORDER BY "dateForSort" IS NULL, "dateForSort" DESC, "id" DESC LIMIT 1 OFFSET max(0, (SELECT count(*) FROM "Claim") - 51)`)
      .get() as { value: string | null; id: number };
    return { topQuestion, topOutlet, lastCursor: encodeCursor("-date", last) };
  } finally {
    db.close();
  }
}

export function pageViews(c: Corpus, lastPage: number): View[] {
  const q = encodeURIComponent;
  return [
    { name: "overview", path: "/", targetMs: 127, target: "p95 ≤ 127 ms (as before)" },
    { name: "claims page, everything (with its facet counts)", path: "/claims", targetMs: 100 },
    { name: "claims page, source=gur (with its facet counts)", path: "/claims?source=gur", targetMs: 49, target: "p95 ≤ 49 ms (as before)" },
    { name: "claims page, category=deployed&source=gur", path: "/claims?category=deployed&source=gur", targetMs: 100 },
    { name: `claims page, outlet=${c.topOutlet}&sort=value`, path: `/claims?outlet=${q(c.topOutlet)}&sort=value`, targetMs: 100 },
    { name: "claims page, min=10000&sort=-value", path: "/claims?min=10000&sort=-value" },
    { name: "claims page, q=coreens", path: "/claims?q=coreens" },
    { name: "claims page, the last page of everything", path: `/claims?page=${lastPage}`, targetMs: 101, target: "p95 ≤ 101 ms (as before)" },
    { name: "question page (most contested)", path: `/questions/${q(c.topQuestion)}`, targetMs: 97, target: "p95 ≤ 97 ms (as before)" },
    { name: "sources page", path: "/sources", targetMs: 100 },
    { name: "article list", path: "/articles", targetMs: 27, target: "p95 ≤ 27 ms (as before)" },
    { name: "article list, q=Etats", path: "/articles?q=Etats" },
  ];
}

export function apiViews(c: Corpus): View[] {
  return [
    { name: "API six facet counts, everything", path: `/api/claims?pageSize=1&${ALL_FACETS}`, targetMs: 100 },
    { name: "API six facet counts, source=gur", path: `/api/claims?pageSize=1&source=gur&${ALL_FACETS}`, targetMs: 100 },
    { name: "API six facet counts, q=coreens", path: `/api/claims?pageSize=1&q=coreens&${ALL_FACETS}`, targetMs: 100 },
    { name: "API first page", path: "/api/claims", targetMs: 20 },
    { name: "API `next` cursor at the last rows", path: `/api/claims?cursor=${c.lastCursor}`, targetMs: 20 },
    { name: "API question", path: `/api/questions/${encodeURIComponent(c.topQuestion)}` },
    { name: "API sources", path: "/api/sources", targetMs: 100 },
  ];
}

export function searchViews(): View[] {
  return SEARCHES.map((text) => ({ name: `API search q=${text}`, path: `/api/claims?q=${encodeURIComponent(text)}`, targetMs: 50 }));
}

export interface TimedView extends View {
  timing: ViewTiming;
}

/** Times each view in turn, printing its line as soon as it is measured (a run at 100,000 articles takes minutes). */
export async function timeViews(base: string, views: View[], repeats: number): Promise<TimedView[]> {
  const timed: TimedView[] = [];
  for (const view of views) {
    const one = { ...view, timing: await timeRequests(base + view.path, repeats) };
    console.log(describeView(one));
    timed.push(one);
  }
  return timed;
}

const figures = (t: Timing) => `median ${t.medianMs.toFixed(0)} ms, p95 ${t.p95Ms.toFixed(0)} ms`;

/** One line: the first answer, the uncached and cached figures, then the target and whether the uncached ones meet it. */
export function describeView({ name, timing, targetMs, target }: TimedView): string {
  const line = `${name}: first ${timing.firstMs.toFixed(0)} ms · uncached ${figures(timing.uncached)} · cached ${figures(timing.cached)}`;
  if (targetMs === undefined) return line;
  return `${line} · target ${target ?? `p95 < ${targetMs} ms`} (uncached): ${timing.uncached.p95Ms <= targetMs ? "met" : "MISSED"}`;
}

/** Every search's uncached times pooled, as the issue's one search target reads them. */
export function pooledSearch(timed: TimedView[]): Timing {
  const samples = timed.flatMap((t) => t.timing.uncached.samplesMs).sort((a, b) => a - b);
  return { medianMs: percentile(samples, 50), p95Ms: percentile(samples, 95), samplesMs: samples };
}
