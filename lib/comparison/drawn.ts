// What the sources page sends to the browser for its tables: the words each
// cell shows and nothing behind them. Its tables are drawn by client components
// from these, so the page carries each cell once as a few words instead of
// once as HTML and again as the markup of a server-rendered tree.
import { formatIsoDate } from "../format/dates";
import { formatNumber, formatValue } from "../format/numbers";
import { plural } from "../reconcile/format";
import type { Standing } from "../standing/source-standing";
import type { CrossTable, SourcePosition } from "./cross-question";

export interface DrawnCell {
  stated: string;
  standing: Standing;
}

export interface DrawnCrossTable {
  questions: Array<{ id: string; label: string }>;
  rows: Array<{ id: string; name: string; cells: Array<DrawnCell | null> }>;
}

export function drawnCrossTable(table: CrossTable): DrawnCrossTable {
  return {
    questions: table.questions.map(({ id, label }) => ({ id, label })),
    rows: table.rows.map(({ source, cells }) => ({ id: source.id, name: source.name, cells: cells.map((cell) => (cell ? { stated: cell.stated, standing: cell.standing } : null)) })),
  };
}

interface CardInput {
  id: string;
  name: string;
  country: string | null;
  kind: string;
  claimCount: number;
  aliases: string[];
  positions: SourcePosition[];
}

export interface DrawnPosition {
  questionId: string;
  questionLabel: string;
  figure: string;
  date: string | null;
  standing: Standing;
  /** "consensus 1,000–10,800", or null where the source stands alone or there is none. */
  consensus: string | null;
}

export interface DrawnSourceCard {
  id: string;
  name: string;
  claims: string;
  about: string;
  aliases: string[];
  positions: DrawnPosition[];
}

export function drawnSourceCard(card: CardInput): DrawnSourceCard {
  return {
    id: card.id,
    name: card.name,
    claims: plural(card.claimCount, "claim"),
    about: [card.country, card.kind.replace("_", " ")].filter(Boolean).join(" · "),
    aliases: card.aliases,
    positions: card.positions.map((p) => ({
      questionId: p.questionId,
      questionLabel: p.questionLabel,
      figure: formatValue(p.figure, p.figure.qualifier, p.figure.stance),
      date: p.figure.date ? formatIsoDate(p.figure.date) : null,
      standing: p.standing,
      consensus: p.consensus && p.standing !== "alone" ? `consensus ${formatNumber(p.consensus.low)}–${formatNumber(p.consensus.high)}` : null,
    })),
  };
}
