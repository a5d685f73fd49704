// A question's comparison table: one row per independent source, with its
// latest figure as stated, its parts from narrower questions, how widely it
// was carried, how it relates to the others, where it stands against the
// consensus, and one citation.
import { figureAsStated } from "../format/figure-as-stated";
import { formatNumber } from "../format/group-digits";
import type { SourceFigure } from "../reconcile/types";
import { figureStanding, STANDING_WORDS } from "../standing/source-standing";
import { comparisonConventions } from "./conventions";
import { voiceKey, type ComparedQuestion, type ComparisonClaim, type QuestionComparisonInput } from "./question-input";
import { narrowerScopeWords } from "./scope-words";
import { relationPhrases, SUM_PHRASE } from "./source-relations";
import type { ComparisonTableData, TableColumn } from "./types";

export const QUESTION_COMPARISON_COLUMNS: TableColumn[] = [
  { key: "source", header: "Source" },
  { key: "figure", header: "Figure as stated" },
  { key: "low", header: "Low", numeric: true },
  { key: "high", header: "High", numeric: true },
  { key: "as_of", header: "As of", date: true },
  { key: "articles", header: "Articles", numeric: true },
  { key: "outlets", header: "Outlets", numeric: true },
  { key: "relations", header: "Relation to the others" },
  { key: "standing", header: "Against the consensus" },
  { key: "outlet", header: "Cited outlet" },
  { key: "title", header: "Cited article" },
  { key: "article_date", header: "Article date", date: true },
  { key: "url", header: "URL" },
  { key: "quote", header: "Quote" },
];

interface Part {
  figure: SourceFigure;
  words: string;
}

interface SourceRow {
  key: string;
  /** The figure on the question itself; null when the source speaks only to a narrower part. */
  figure: SourceFigure | null;
  parts: Part[];
}

const partText = (part: Part) => [figureAsStated(part.figure), part.words].filter(Boolean).join(" ");

function gatherRows(input: QuestionComparisonInput): { rows: SourceRow[]; names: Map<string, string> } {
  const { question, parts, claims } = input;
  const keyOf = (figure: SourceFigure) => voiceKey(figure.sourceId, claims.get(figure.claimId)?.outlet ?? null);
  const rows = new Map<string, SourceRow>();
  const names = new Map<string, string>();
  for (const figure of question.sources) {
    // A narrower place's figure shown beside the question's own comes in below, from its own question.
    if (figure.narrower) continue;
    rows.set(keyOf(figure), { key: keyOf(figure), figure, parts: [] });
    names.set(keyOf(figure), figure.sourceName);
  }
  for (const part of parts) {
    const words = narrowerScopeWords(part.scope, question.scope);
    for (const figure of part.sources) {
      const key = keyOf(figure);
      const row = rows.get(key) ?? { key, figure: null, parts: [] };
      row.parts.push({ figure, words });
      rows.set(key, row);
      if (!names.has(key)) names.set(key, figure.sourceName);
    }
  }
  return { rows: [...rows.values()], names };
}

/** Denials last; then the largest figure first, so the table reads from high to low. */
function rowOrder(a: SourceRow, b: SourceRow): number {
  const lead = (row: SourceRow) => row.figure ?? row.parts[0]!.figure;
  const [fa, fb] = [lead(a), lead(b)];
  const denies = (f: SourceFigure) => (f.stance === "denies" ? 1 : 0);
  return denies(fa) - denies(fb) || (fb.point ?? -1) - (fa.point ?? -1) || fa.sourceName.localeCompare(fb.sourceName, "en");
}

function figureText(row: SourceRow, sums: boolean): string {
  const parts = row.parts.map(partText);
  if (!row.figure) return parts.join("; ");
  const main = figureAsStated(row.figure);
  return parts.length ? `${main} (${parts.join(sums ? " + " : "; ")})` : main;
}

function standingText(row: SourceRow, question: ComparedQuestion): string {
  if (!row.figure) return `a part (${row.parts.map((p) => p.words).filter(Boolean).join("; ") || "narrower scope"}), not compared with the whole`;
  return STANDING_WORDS[figureStanding(row.figure, question.consensus, question.sourceCount)];
}

function consensusLine(question: ComparedQuestion): string {
  const c = question.consensus;
  if (!c) return question.sourceCount <= 1 ? "Consensus: none, a single source." : "Consensus: none, the sources' figures do not overlap.";
  const range = c.low === c.high ? formatNumber(c.low) : `${formatNumber(c.low)}–${formatNumber(c.high)}`;
  return `Consensus: ${range} ${question.unit} (${c.method.replaceAll("-", " ")}). ${c.explanation}`;
}

function denialLine(question: ComparedQuestion): string | null {
  const deniers = question.sources.filter((s) => s.stance === "denies").map((s) => s.sourceName);
  return deniers.length ? `Denials (${deniers.join(", ")}) are set apart: they deny the figures and take no part in the consensus.` : null;
}

function citationCells(claim: ComparisonClaim | undefined) {
  return [claim?.outlet ?? null, claim?.articleTitle ?? null, claim?.published ?? null, claim?.articleUrl ?? null, claim?.quote ?? null];
}

export function buildQuestionComparison(input: QuestionComparisonInput): ComparisonTableData {
  const { question, parts, claims, voices, reach } = input;
  const { rows, names } = gatherRows(input);
  const leads = new Map(rows.flatMap((row) => (row.figure ? [[row.key, row.figure] as const] : [])));
  const phrases = relationPhrases([...question.relations, ...parts.flatMap((p) => p.relations)], voices, names, leads);
  const cells = rows.sort(rowOrder).map((row) => {
    const lead = row.figure ?? row.parts[0]!.figure;
    const claim = claims.get(lead.claimId);
    const said = phrases.get(row.key) ?? [];
    const sums = said.includes(SUM_PHRASE);
    return [
      names.get(row.key) ?? lead.sourceName,
      figureText(row, sums),
      lead.low,
      lead.high,
      claim?.asOf ?? null,
      reach.get(row.key)?.articles ?? null,
      reach.get(row.key)?.outlets ?? null,
      said.join("; ") || null,
      standingText(row, question),
      ...citationCells(claim),
    ];
  });
  return {
    about: {
      title: `Comparison: ${question.label}`,
      lines: [
        ["Question", question.label],
        ["Exported", input.exportedAt.toISOString()],
        ["Articles behind it", String(input.articleCount)],
        ["Independent sources", String(rows.length)],
        ["Conventions", comparisonConventions()],
      ],
    },
    columns: QUESTION_COMPARISON_COLUMNS,
    rows: cells,
    footer: [consensusLine(question), denialLine(question), parts.length ? "Figures for a narrower scope stand in their source's row, after its figure for the whole, and take no part in the consensus." : null].filter(
      (line): line is string => line !== null,
    ),
  };
}
