import { prisma } from "../client";

/** More points than this and the timeline groups by month: a chart cannot show more anyway. */
const MAX_DAILY_POINTS = 1500;

export interface TimelinePoint {
  sourceId: string | null;
  sourceName: string | null;
  /** ISO date (a day, or a month when grouped). */
  date: string;
  /** True when no claim in the point had an as-of date, so the article's date stands in. */
  articleDate: boolean;
  low: number;
  best: number;
  high: number;
  claims: number;
}

type Row = { sourceId: string | null; sourceName: string | null; date: string; articleDate: number; low: number; best: number; high: number; claims: bigint | number };

async function aggregate(questionId: string, dateExpr: string): Promise<TimelinePoint[]> {
  const rows = await prisma.$queryRawUnsafe<Row[]>(
    `SELECT "sourceId", MAX("sourceName") AS "sourceName", ${dateExpr} AS "date",
            MIN("asOf" IS NULL) AS "articleDate",
            MIN("valueBest") AS "low", AVG("valueBest") AS "best", MAX("valueBest") AS "high", COUNT(*) AS "claims"
       FROM "Claim"
      WHERE "questionId" = ? AND "dateForSort" IS NOT NULL AND "valueBest" IS NOT NULL
      GROUP BY "sourceId", ${dateExpr}
      ORDER BY ${dateExpr}, "sourceId"`,
    questionId,
  );
  return rows.map((r) => ({ ...r, articleDate: Boolean(r.articleDate), claims: Number(r.claims) }));
}

/** A question's figures over time, one point per source and date: aggregated here, never a million points to the browser. */
export async function fetchTimeline(questionId: string) {
  const [daily, undated] = await Promise.all([
    aggregate(questionId, `"dateForSort"`),
    prisma.claim.count({ where: { questionId, OR: [{ dateForSort: null }, { valueBest: null }] } }),
  ]);
  const grouped = daily.length > MAX_DAILY_POINTS;
  const points = grouped ? await aggregate(questionId, `substr("dateForSort", 1, 7)`) : daily;
  return { points, byMonth: grouped, undated };
}
export type Timeline = Awaited<ReturnType<typeof fetchTimeline>>;
