// How the figures evolve: a "true" curve per topic over the corpus period, and
// what each agency reports from it (its bias, its lag, a wobble that changes
// every two weeks). Two articles quoting the same agency in the same fortnight
// give the same figure; later ones give an update; agencies disagree.
import type { Agency } from "./agencies";
import { roundNice } from "./figures";
import { hashFloat } from "./prng";
import type { Topic } from "./types";

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(2024, 8, 1);
/** Day numbers count from 2024-09-01 (day 0) to 2025-06-30 (the last day). */
export const LAST_DAY = Math.round((Date.UTC(2025, 5, 30) - EPOCH) / DAY_MS);

export function dayOf(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS);
}

export interface DayParts {
  year: number;
  /** 1 to 12 */
  month: number;
  day: number;
  /** 0 = Sunday */
  weekday: number;
}

export function partsOf(day: number): DayParts {
  const d = new Date(EPOCH + day * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

export function isoOf(day: number): string {
  const p = partsOf(day);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

type Knots = readonly (readonly [string, number])[];

const CURVES: Record<Topic, Knots> = {
  deployed: [["2024-09-01", 500], ["2024-10-10", 1500], ["2024-10-18", 3000], ["2024-10-25", 7000], ["2024-11-05", 11000],
    ["2024-12-15", 12000], ["2025-02-15", 14000], ["2025-04-30", 15000], ["2025-06-30", 18000]],
  casualties: [["2024-11-10", 0], ["2024-11-20", 40], ["2024-12-15", 200], ["2024-12-31", 1100], ["2025-01-20", 3000],
    ["2025-02-28", 4000], ["2025-03-31", 4700], ["2025-06-30", 6000]],
  killed: [["2024-11-10", 0], ["2024-11-25", 10], ["2024-12-20", 100], ["2025-01-20", 300], ["2025-02-28", 600],
    ["2025-04-30", 900], ["2025-06-30", 1500]],
  deserters: [["2024-10-12", 0], ["2024-10-16", 18], ["2024-12-31", 30], ["2025-06-30", 50]],
  captured: [["2025-01-08", 0], ["2025-01-11", 2], ["2025-06-30", 3]],
  shells: [["2024-09-01", 3_000_000], ["2024-12-31", 6_000_000], ["2025-03-31", 9_000_000], ["2025-06-30", 12_000_000]],
  missiles: [["2024-09-01", 50], ["2024-12-31", 100], ["2025-03-31", 150], ["2025-06-30", 250]],
};

type DayKnots = readonly (readonly [number, number])[];

const KNOT_DAYS = new Map<Topic, DayKnots>(
  (Object.keys(CURVES) as Topic[]).map((topic) => [topic, CURVES[topic].map(([iso, v]) => [dayOf(iso), v] as const)]),
);

/** The underlying value of a topic on a day, interpolated between knots (0 before the first). */
export function trueValue(topic: Topic, day: number): number {
  const knots = KNOT_DAYS.get(topic) ?? [];
  const first = knots[0];
  if (!first || day < first[0]) return 0;
  for (let i = 1; i < knots.length; i++) {
    const [d1, v1] = knots[i] as readonly [number, number];
    const [d0, v0] = knots[i - 1] as readonly [number, number];
    if (day <= d1) return v0 + ((v1 - v0) * (day - d0)) / (d1 - d0);
  }
  return (knots[knots.length - 1] as readonly [number, number])[1];
}

export const TOPICS: readonly Topic[] = ["deployed", "casualties", "killed", "deserters", "captured", "shells", "missiles"];

/** Smallest value worth an article sentence. */
const MIN_REPORTABLE: Record<Topic, number> = {
  deployed: 500, casualties: 20, killed: 5, deserters: 5, captured: 1, shells: 1_000_000, missiles: 20,
};

/**
 * The figure an agency gives for a topic as of a day, or null when it has none.
 * Fixed by (seed, agency, topic, fortnight), so repeats happen across articles.
 */
export function reportedValue(seed: number, agency: Agency, agencyIndex: number, topic: Topic, day: number): number | null {
  if (agency.denies || !agency.topics.includes(topic)) return null;
  const seen = day - agency.lag;
  const fortnight = Math.floor(seen / 14);
  const base = trueValue(topic, fortnight * 14);
  if (base < MIN_REPORTABLE[topic]) return null;
  const wobble = 1 + (hashFloat(seed, agencyIndex, TOPICS.indexOf(topic), fortnight) - 0.5) * 2 * agency.noise;
  const value = base * agency.bias * wobble;
  if (topic === "shells") return Math.max(1_000_000, Math.round(value / 500_000) * 500_000);
  return roundNice(value, agency.digits);
}

/** Topics with something to report on a day, per the underlying curves. */
export function liveTopics(day: number): Topic[] {
  return TOPICS.filter((t) => trueValue(t, day) >= MIN_REPORTABLE[t]);
}
