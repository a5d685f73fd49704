import type { ComparisonFilters } from "../../lib/filters/comparison-filters";
import { buildCrossTable, type SourcePosition, speakingSources } from "../../lib/comparison/cross-question";
import { mostQuoted } from "../../lib/lists/most-quoted";
import { CROSS_QUESTIONS_SHOWN, fetchCrossInputs } from "./comparison";

/** How much of the page is drawn: the most contested questions, the most-quoted sources in the table and as cards. */
export interface SourcesOverviewLimits {
  questions: number;
  rows: number;
  cards: number;
}

/**
 * What the sources page draws before "Show all". Each card is a table of its own, and a corpus can credit a hundred
 * sources; at 100,000 articles some 640 give a figure on the questions shown, and a row for each made the page 4.7 MB.
 * The export has them all.
 */
export const SOURCES_PAGE_LIMITS: SourcesOverviewLimits = { questions: CROSS_QUESTIONS_SHOWN, rows: 48, cards: 24 };

const NO_FILTERS: ComparisonFilters = { source: [], category: undefined, from: undefined, to: undefined };
const EVERYTHING: SourcesOverviewLimits = { questions: Infinity, rows: Infinity, cards: Infinity };

/**
 * The sources page: the cross-question table under its filters, and the same
 * cells by source (each agency, its figure on every question it speaks to and
 * where that stands), for the cards a phone shows. At 100,000 articles some 640
 * sources speak to the questions shown: only the rows and cards drawn are built,
 * and sourceTotal says how many there are.
 */
export async function fetchSourcesOverview(filters: ComparisonFilters = NO_FILTERS, limits: SourcesOverviewLimits = EVERYTHING) {
  const { questions, questionTotal, sources, allSources, sourceNames } = await fetchCrossInputs(filters, limits.questions);
  const speaking = speakingSources(questions, sources);
  const inRows = new Set(mostQuoted(speaking, limits.rows).map((s) => s.id));
  const asCards = new Set(mostQuoted(speaking, limits.cards).map((s) => s.id));
  const built = buildCrossTable(questions, speaking.filter((s) => inRows.has(s.id) || asCards.has(s.id)));
  const table = { questions: built.questions, rows: built.rows.filter((row) => inRows.has(row.source.id)) };
  const cards = built.rows
    .filter((row) => asCards.has(row.source.id))
    .map(({ source, cells }) => ({
      id: source.id,
      name: source.name,
      country: source.country ?? null,
      kind: source.kind ?? "other",
      claimCount: source.claimCount,
      aliases: source.aliases,
      positions: cells.flatMap((cell, i): SourcePosition[] =>
        cell ? [{ questionId: questions[i]!.id, questionLabel: questions[i]!.label, figure: cell.figure, standing: cell.standing, consensus: cell.consensus }] : [],
      ),
    }));
  const sourceChoices = allSources.map(({ id, name }) => ({ id, name }));
  return { table, cards, sourceTotal: speaking.length, questionTotal, sourceChoices, sourceNames };
}

export type SourceOverview = Awaited<ReturnType<typeof fetchSourcesOverview>>["cards"][number];
