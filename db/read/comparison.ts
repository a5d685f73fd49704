// Reads what the comparison tables are built from (lib/comparison): a
// question with its narrower questions, the claims their figures and
// relations name, and how widely each source was carried.
import type { ClaimVoice, ComparedQuestion, ComparisonClaim, QuestionComparisonInput, SourceReach } from "../../lib/comparison/question-input";
import { voiceKey } from "../../lib/comparison/question-input";
import { MAX_PART_DEPTH, MAX_PARTS, PARENTS_PER_LEVEL, parseReach } from "../../lib/comparison/reach";
import { buildCrossTable, type CrossQuestion, type CrossSource } from "../../lib/comparison/cross-question";
import { relationClaimIds } from "../../lib/comparison/source-relations";
import type { Category, Qualifier, Stance } from "../../lib/claims/claim";
import type { ComparisonFilters } from "../../lib/filters/comparison-filters";
import { describeClaims } from "../../lib/reconcile/claim-facts";
import type { SourceFigure } from "../../lib/reconcile/types";
import { prisma } from "../client";
import { reader } from "./reader";
import { relationsOf } from "./question-relations";
import { questionSummaryOf, SUMMARY_COLUMNS, type QuestionRow } from "./questions";

// SQLite refuses more than 999 bound values in one statement.
const ID_CHUNK = 500;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface ComparedRow extends Omit<QuestionRow, "timeline" | "reach"> {
  reach: string | null;
}

/** Questions and their stored relations through the shared read-only connection: a large question's parts hold over a thousand relations, which Prisma maps at 20–40 µs a row. */
function comparedQuestions(where: { id: string } | { parentIds: string[] }): { question: ComparedQuestion; storedReach: string | null }[] {
  const db = reader();
  const condition = "id" in where ? `q."id" = ?` : `q."parentId" IN (SELECT value FROM json_each(?))`;
  const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS}, q."reach" FROM "Question" q WHERE ${condition} ORDER BY q."id" ASC`).all("id" in where ? where.id : JSON.stringify(where.parentIds)) as ComparedRow[];
  const relations = relationsOf(rows.map((r) => r.id));
  return rows.map((row) => {
    const q = questionSummaryOf(row);
    const compared: ComparedQuestion = { id: q.id, label: q.label, unit: q.unit, scope: q.scope, sources: q.sources, consensus: q.consensus as ComparedQuestion["consensus"], sourceCount: q.sourceCount, relations: relations.get(row.id) ?? [] };
    return { question: compared, storedReach: row.reach };
  });
}

const CLAIM_VOICE = `c."id", c."sourceId", c."stance", c."valueLow" AS low, c."valueHigh" AS high, c."outlet"`;

/** The rows' lead claims with their citations, read in one statement (Prisma maps rows at 20–40 µs each). */
function citedClaims(ids: readonly number[]): Map<number, ComparisonClaim> {
  const rows = reader()
    .prepare(
      `SELECT ${CLAIM_VOICE}, c."quote", c."asOf", a."title" AS "articleTitle", a."url" AS "articleUrl", a."published"
         FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" WHERE c."id" IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify([...new Set(ids)])) as ComparisonClaim[];
  return new Map(rows.map((r) => [r.id, r]));
}

/** The claims relations name, without their articles: a phrase reads only whose voice a claim is and its figure. */
function claimVoices(ids: readonly number[]): Map<number, ClaimVoice> {
  const rows = reader()
    .prepare(`SELECT ${CLAIM_VOICE} FROM "Claim" c WHERE c."id" IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify([...new Set(ids)])) as ClaimVoice[];
  return new Map(rows.map((r) => [r.id, r]));
}

interface ReachRow {
  sourceId: string | null;
  ownOutlet: string | null;
  articles: number;
  outlets: number;
}

// The index that holds every column these counts read, named so that no other index of a
// question's claims is chosen (a skip-scan of (reviewStatus, questionId) once was, reading each claim's row).
const REACH_INDEX = `INDEXED BY "Claim_questionId_sourceId_outlet_articleId_idx"`;

/** The reach counted from the claims: what regrouping stores (lib/comparison/reach.ts), for a question it has not yet stored it for. */
export async function countReach(questionIds: readonly string[]): Promise<{ reach: Map<string, SourceReach>; articleCount: number }> {
  // The distinct (voice, outlet, article) triples first, read in the index's order: a large
  // question has a third of a million claims but far fewer triples, and both counts read them.
  const rows = reader()
    .prepare(
      `WITH "Voices" AS MATERIALIZED (SELECT DISTINCT "sourceId", "outlet", "articleId" FROM "Claim" ${REACH_INDEX}
         WHERE "questionId" IN (SELECT value FROM json_each(?)))
       SELECT 0 AS "total", "sourceId", CASE WHEN "sourceId" IS NULL THEN "outlet" END AS "ownOutlet",
              COUNT(DISTINCT "articleId") AS articles, COUNT(DISTINCT "outlet") AS outlets FROM "Voices" GROUP BY 2, 3
       UNION ALL SELECT 1, NULL, NULL, COUNT(DISTINCT "articleId"), 0 FROM "Voices"`,
    )
    .all(JSON.stringify(questionIds)) as (ReachRow & { total: number })[];
  const voices = rows.filter((r) => r.total === 0);
  const reach = new Map(voices.map((r) => [voiceKey(r.sourceId, r.ownOutlet), { articles: r.articles, outlets: r.outlets }]));
  return { reach, articleCount: rows.find((r) => r.total === 1)?.articles ?? 0 };
}

// A region's first contingent is a part of the whole too: walk down a few levels (the walk partsOf makes).
async function narrowerQuestions(id: string): Promise<ComparedQuestion[]> {
  const found: ComparedQuestion[] = [];
  let frontier = [id];
  for (let depth = 0; depth < MAX_PART_DEPTH && frontier.length && found.length < MAX_PARTS; depth++) {
    const level = comparedQuestions({ parentIds: frontier.slice(0, PARENTS_PER_LEVEL) }).map((r) => r.question);
    found.push(...level.slice(0, MAX_PARTS - found.length));
    frontier = level.map((q) => q.id);
  }
  return found;
}

/** Everything a question's comparison table needs, or null for an unknown question. */
export async function fetchQuestionComparisonInput(id: string, exportedAt = new Date()): Promise<QuestionComparisonInput | null> {
  const [row] = comparedQuestions({ id });
  if (!row) return null;
  const { question, storedReach } = row;
  const parts = await narrowerQuestions(id);
  const all = [question, ...parts];
  // A repeat names a hundred claims, but its phrases read three: reading only those keeps a large question's read to a few thousand rows.
  const claims = citedClaims(all.flatMap((q) => q.sources.map((s) => s.claimId)));
  const voices = claimVoices(all.flatMap((q) => q.relations.flatMap(relationClaimIds)));
  const { reach, articleCount } = await (parseReach(storedReach) ?? countReach(all.map((q) => q.id)));
  return { question, parts, claims, voices, reach, articleCount, exportedAt };
}

interface DatedFigureRow {
  id: number;
  questionId: string;
  sourceId: string;
  sourceName: string;
  articleId: number;
  outlet: string | null;
  published: string | null;
  valueLow: number | null;
  valueBest: number | null;
  valueHigh: number | null;
  qualifier: string;
  unit: string;
  category: string;
  stance: string;
  asOf: string | null;
}

/** Each (question, agency)'s latest claim dated within the range: the cells of a date-filtered table. */
async function latestFiguresInRange(questionIds: readonly string[], filters: ComparisonFilters): Promise<Map<string, SourceFigure[]>> {
  const where = [`c.sourceId IS NOT NULL`, `c.questionId IN (${questionIds.map(() => "?").join(", ")})`];
  const values: unknown[] = [...questionIds];
  if (filters.from) {
    where.push(`c.dateForSort >= ?`);
    values.push(filters.from);
  }
  // "to=2024-10" keeps 2024-10-31: ISO strings of any precision sort before their prefix plus "~".
  if (filters.to) {
    where.push(`c.dateForSort <= ?`);
    values.push(`${filters.to}~`);
  }
  const rows = await prisma.$queryRawUnsafe<DatedFigureRow[]>(
    `SELECT * FROM (
       SELECT c.id, c.questionId, c.sourceId, s.name AS sourceName, c.articleId, c.outlet, a.published, c.valueLow, c.valueBest, c.valueHigh,
              c.qualifier, c.unit, c.category, c.stance, c.asOf,
              ROW_NUMBER() OVER (PARTITION BY c.questionId, c.sourceId ORDER BY c.dateForSort DESC, c.id DESC) AS rn
         FROM Claim c JOIN Source s ON s.id = c.sourceId JOIN Article a ON a.id = c.articleId
        WHERE ${where.join(" AND ")}) WHERE rn = 1`,
    ...values,
  );
  const facts = describeClaims(
    rows.map((r) => ({
      id: Number(r.id), articleId: Number(r.articleId), outlet: r.outlet, published: r.published,
      value: { low: r.valueLow, best: r.valueBest, high: r.valueHigh }, qualifier: r.qualifier as Qualifier, unit: r.unit, category: r.category as Category,
      scope: { place: null, group: null, state: null }, subject: null, source: { id: r.sourceId, name: r.sourceName }, asOf: r.asOf, stance: r.stance as Stance,
    })),
  );
  const byQuestion = new Map<string, SourceFigure[]>();
  const questionOf = new Map(rows.map((r) => [Number(r.id), r.questionId]));
  for (const fact of facts) {
    const { claim } = fact;
    const figure: SourceFigure = {
      sourceId: claim.source!.id, sourceName: claim.source!.name, low: claim.value.low, best: claim.value.best, high: claim.value.high,
      point: fact.point, qualifier: claim.qualifier, stance: claim.stance, claimId: claim.id, date: fact.date, claimCount: 1,
    };
    const questionId = questionOf.get(claim.id)!;
    byQuestion.set(questionId, [...(byQuestion.get(questionId) ?? []), figure]);
  }
  return byQuestion;
}

/** The sources page shows the most contested questions; its export has them all. */
export const CROSS_QUESTIONS_SHOWN = 24;

interface CrossQuestionRow {
  id: string;
  label: string;
  figures: string;
  sourceCount: number;
  consensusLow: number | null;
  consensusHigh: number | null;
}

/** A source that has claims, as the cross-question table and the filter form show it. */
export interface CrossSourceRow extends CrossSource {
  claimCount: number;
  /** Names of the sources an analyst merged into this one. */
  aliases: string[];
}

/** The most contested questions first, read through the shared read-only connection: their stored figures are a few hundred kB at 100,000 articles. */
function readCrossQuestions(filters: ComparisonFilters, maxQuestions: number): { rows: CrossQuestionRow[]; total: number } {
  const where = filters.category ? `WHERE "category" = ?` : "";
  const values = filters.category ? [filters.category] : [];
  const rows = reader()
    .prepare(
      `SELECT "id", "label", "figures", "sourceCount", "consensusLow", "consensusHigh" FROM "Question" ${where}
        ORDER BY "conflictScore" DESC, "id" ASC LIMIT ?`,
    )
    .all(...values, Number.isFinite(maxQuestions) ? maxQuestions : -1) as CrossQuestionRow[];
  const total = reader().prepare(`SELECT COUNT(*) FROM "Question" ${where}`).pluck().get(...values) as number;
  return { rows, total };
}

/** Every source that has claims, by name (claimCount is kept by the regrouping: no need to look for a claim). */
function readSourcesWithClaims(): CrossSourceRow[] {
  const rows = reader()
    .prepare(
      `SELECT "id", "name", "country", "kind", "claimCount", CASE WHEN "aliases" <> '[]' THEN "aliases" END AS "aliases"
         FROM "Source" WHERE "claimCount" > 0 ORDER BY "name" ASC`,
    )
    .all() as (Omit<CrossSourceRow, "aliases"> & { aliases: string | null })[];
  return rows.map((r) => ({ ...r, aliases: r.aliases ? (JSON.parse(r.aliases) as string[]) : [] }));
}

/**
 * What the cross-question table is built from under the sources page's filters: its questions (at most
 * maxQuestions, the most contested) with each source's figure, the sources the filters keep, and every
 * source that has claims (for the filter form and the filters in words).
 */
export async function fetchCrossInputs(filters: ComparisonFilters, maxQuestions = Infinity) {
  const { rows, total: questionTotal } = readCrossQuestions(filters, maxQuestions);
  const dated = filters.from || filters.to ? await latestFiguresInRangeChunked(rows.map((r) => r.id), filters) : null;
  const questions: CrossQuestion[] = rows.map((r) => ({
    id: r.id,
    label: r.label,
    sources: dated ? (dated.get(r.id) ?? []) : (JSON.parse(r.figures) as SourceFigure[]),
    consensus: r.consensusLow !== null && r.consensusHigh !== null ? { low: r.consensusLow, high: r.consensusHigh } : null,
    sourceCount: r.sourceCount,
  }));
  const allSources = readSourcesWithClaims();
  const chosen = new Set(filters.source);
  const sources = chosen.size ? allSources.filter((s) => chosen.has(s.id)) : allSources;
  return { questions: questions.filter((q) => q.sources.some((f) => f.sourceId !== null)), questionTotal, sources, allSources, sourceNames: new Map(allSources.map((s) => [s.id, s.name])) };
}

/** The cross-question table under the sources page's filters (at most maxQuestions columns), with what its export says about it. */
export async function fetchCrossComparison(filters: ComparisonFilters, maxQuestions = Infinity) {
  const { questions, questionTotal, sources, sourceNames } = await fetchCrossInputs(filters, maxQuestions);
  const table = buildCrossTable(questions, sources);
  const articleCount = await prisma.article.count(filters.category ? { where: { claims: { some: { category: filters.category } } } } : undefined);
  return { table, articleCount, questionTotal, sourceNames };
}

async function latestFiguresInRangeChunked(questionIds: readonly string[], filters: ComparisonFilters) {
  const merged = new Map<string, SourceFigure[]>();
  for (const part of chunks(questionIds, ID_CHUNK)) for (const [id, figures] of await latestFiguresInRange(part, filters)) merged.set(id, figures);
  return merged;
}

