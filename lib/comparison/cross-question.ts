// The cross-question table: sources as rows, questions as columns, each cell
// the source's latest figure as stated with where it stands. The sources page
// and its exports are both this table.
import { figureAsStated } from "../format/figure-as-stated";
import type { Consensus, SourceFigure } from "../reconcile/types";
import { figureStanding, STANDING_WORDS, type Standing } from "../standing/source-standing";
import { comparisonConventions } from "./conventions";
import type { ComparisonTableData, TableColumn } from "./types";

export interface CrossQuestion {
  id: string;
  label: string;
  sources: SourceFigure[];
  consensus: Pick<Consensus, "low" | "high"> | null;
  sourceCount: number;
}

export interface CrossSource {
  id: string;
  name: string;
  country?: string | null;
  kind?: string;
  claimCount?: number;
}

export interface CrossCell {
  figure: SourceFigure;
  stated: string;
  standing: Standing;
  consensus: CrossQuestion["consensus"];
}

/** Where one source stands on one question: its figure, how that compares, and the consensus it is measured against. */
export interface SourcePosition {
  questionId: string;
  questionLabel: string;
  figure: SourceFigure;
  standing: Standing;
  consensus: { low: number; high: number } | null;
}

export interface CrossTable<S extends CrossSource = CrossSource> {
  questions: Array<Pick<CrossQuestion, "id" | "label">>;
  rows: Array<{ source: S; cells: Array<CrossCell | null> }>;
}

export function cellText(cell: CrossCell | null): string | null {
  return cell ? `${cell.stated} (${STANDING_WORDS[cell.standing]})` : null;
}

// A narrower place's figure shown beside a question's own is not the source's figure on it.
function figuresBySource(questions: readonly CrossQuestion[]): Array<Map<string | null, SourceFigure>> {
  return questions.map((q) => new Map(q.sources.filter((f) => !f.narrower).map((f) => [f.sourceId, f])));
}

/** The sources that get a row of the table: those that speak to at least one of the questions, found without building a cell. */
export function speakingSources<S extends CrossSource>(questions: readonly CrossQuestion[], sources: readonly S[]): S[] {
  const bySource = figuresBySource(questions);
  return sources.filter((source) => bySource.some((figures) => figures.has(source.id)));
}

/** Only sources that speak to at least one of the questions get a row. */
export function buildCrossTable<S extends CrossSource>(questions: readonly CrossQuestion[], sources: readonly S[]): CrossTable<S> {
  const bySource = figuresBySource(questions);
  const rows = sources
    .map((source) => ({
      source,
      cells: questions.map((q, i): CrossCell | null => {
        const figure = bySource[i]!.get(source.id);
        if (!figure) return null;
        const standing = figureStanding(figure, q.consensus, q.sourceCount);
        return { figure, stated: figureAsStated(figure), standing, consensus: q.consensus };
      }),
    }))
    .filter((row) => row.cells.some((cell) => cell !== null));
  return { questions: questions.map(({ id, label }) => ({ id, label })), rows };
}

export interface CrossTableAbout {
  filters: string;
  articleCount: number;
  exportedAt: Date;
}

export function crossTableData(table: CrossTable, about: CrossTableAbout): ComparisonTableData {
  const columns: TableColumn[] = [{ key: "source", header: "Source" }, ...table.questions.map((q) => ({ key: q.id, header: q.label }))];
  return {
    about: {
      title: "Sources compared across questions",
      lines: [
        ["Filters", about.filters],
        ["Exported", about.exportedAt.toISOString()],
        ["Articles behind it", String(about.articleCount)],
        ["Conventions", comparisonConventions()],
      ],
    },
    columns,
    rows: table.rows.map((row) => [row.source.name, ...row.cells.map(cellText)]),
    footer: [],
  };
}
