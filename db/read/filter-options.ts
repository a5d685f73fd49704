// What the explorer's filters offer, read through the shared reader and kept
// until the next write: every claims page asks for them, and at 100,000
// articles Prisma took 50–80 ms for them (its GROUP BY of the articles'
// outlets read the whole publisher index, where SELECT DISTINCT skips from one
// outlet to the next in 0.05 ms).
import { prisma } from "../client";
import { reader } from "./reader";
import { untilWrite } from "./until-write";

/** Beyond this many articles a drop-down is no help: the explorer takes an article id instead. */
export const ARTICLE_CHOICES_LIMIT = 300;

export interface SourceOption {
  id: string;
  name: string;
  claims: number;
}

function readSourceOptions(): SourceOption[] {
  return reader().prepare(`SELECT "id", "name", "claimCount" AS "claims" FROM "Source" WHERE "claimCount" > 0 ORDER BY "name"`).all() as SourceOption[];
}

/** The agencies that have claims, with how many: what a source filter offers. */
export async function fetchSourceOptions(): Promise<SourceOption[]> {
  return untilWrite("source options", readSourceOptions);
}

function readFilterOptions() {
  const db = reader();
  // Counting stops past the limit: only whether the articles fit in a drop-down matters.
  const fewArticles = (db.prepare(`SELECT count(*) FROM (SELECT 1 FROM "Article" LIMIT ${ARTICLE_CHOICES_LIMIT + 1})`).pluck().get() as number) <= ARTICLE_CHOICES_LIMIT;
  return {
    sources: readSourceOptions(),
    questions: db.prepare(`SELECT "id", "label" FROM "Question" ORDER BY "label"`).all() as { id: string; label: string }[],
    outlets: db.prepare(`SELECT DISTINCT "publisher" FROM "Article" WHERE "publisher" IS NOT NULL ORDER BY 1`).pluck().all() as string[],
    // The questions' units: every grouped claim's, without reading the claims.
    units: db.prepare(`SELECT DISTINCT "unit" FROM "Question" ORDER BY 1`).pluck().all() as string[],
    /** null when there are too many to list. */
    articles: fewArticles ? (db.prepare(`SELECT "id", "title" FROM "Article" ORDER BY "title"`).all() as { id: number; title: string }[]) : null,
  };
}

/** What the explorer's filters offer: only values that occur in the stored claims. */
export async function fetchFilterOptions() {
  return untilWrite("filter options", readFilterOptions);
}
export type FilterOptions = Awaited<ReturnType<typeof fetchFilterOptions>>;

/** Every stored agency id, to tell an unknown `source=` from one that has no claims. */
export async function fetchSourceIds(): Promise<Set<string>> {
  const rows = await prisma.source.findMany({ select: { id: true } });
  return new Set(rows.map((r) => r.id.toLowerCase()));
}

/** The agencies the articles credit with claims, for /api/sources. */
export async function fetchSourceList() {
  return prisma.source.findMany({ where: { claimCount: { gt: 0 } }, select: { id: true, name: true, country: true, kind: true, claimCount: true }, orderBy: { name: "asc" } });
}
