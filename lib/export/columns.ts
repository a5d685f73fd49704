// One flat row per claim, the same for CSV and XLSX: a spreadsheet user should
// not have to unpack nested objects to filter by source or sort by value. The
// database reads the rows already flat (db/read/export-rows.ts), so that a
// million of them stream without building a claim object for each.
import type { ClaimValue, ExtractedClaim, SourceRef } from "../claims/claim";
import { figureAsStated } from "../format/figure-as-stated";
import type { RejectReason, ReviewStatus } from "../review/vocabulary";

/** An analyst's review of a claim: its status and, when a decision changed it, the machine's own figure and source. */
export interface ClaimReviewState {
  status: ReviewStatus;
  rejectReason: RejectReason | null;
  original: { value: ClaimValue; source: SourceRef | null } | null;
}

/** A claim in the contract's shape, as the API and the JSON export give it. */
export type StoredClaim = ExtractedClaim & { id: number; article: number; question: string | null; review: ClaimReviewState };

export const EXPORT_COLUMNS = [
  "id",
  "question",
  "question_label",
  "source_id",
  "source",
  "figure_as_stated",
  "value_low",
  "value_best",
  "value_high",
  "qualifier",
  "unit",
  "category",
  "measure",
  "as_of",
  "as_of_precision",
  "stance",
  "outlet",
  "article_id",
  "article_file",
  "article_title",
  "article_url",
  "published",
  "date_note",
  "quote",
  "start",
  "end",
  "review_status",
  "reject_reason",
  "machine_value_low",
  "machine_value_best",
  "machine_value_high",
  "machine_source_id",
  "machine_source",
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Numbers stay numbers so that spreadsheets can sum and sort them; null is an empty cell. */
export type ExportCell = string | number | null;

/** A row's cells in EXPORT_COLUMNS order, as CSV and XLSX write them. */
export type ExportCells = ExportCell[];

/** What the source column says of a figure in the article's own voice, rather than an empty cell. */
export const OWN_REPORTING = "own reporting";

/** The columns holding ISO dates (YYYY, YYYY-MM or YYYY-MM-DD): real date cells in a spreadsheet. */
export const DATE_COLUMNS = ["as_of", "published"] as const satisfies readonly ExportColumn[];

const at = (column: ExportColumn) => EXPORT_COLUMNS.indexOf(column);
const LOW = at("value_low");
const BEST = at("value_best");
const HIGH = at("value_high");
const QUALIFIER = at("qualifier");
const STANCE = at("stance");
const FIGURE = at("figure_as_stated");

const numberOrNull = (cell: ExportCell | undefined) => (typeof cell === "number" ? cell : null);

/** Fills the figure-as-stated cell from the row's values, as every page words it: "at least 30", "several thousand (2,000–9,999)". */
export function withFigureAsStated(cells: ExportCells): ExportCells {
  cells[FIGURE] = figureAsStated({
    low: numberOrNull(cells[LOW]),
    best: numberOrNull(cells[BEST]),
    high: numberOrNull(cells[HIGH]),
    qualifier: String(cells[QUALIFIER] ?? ""),
    stance: String(cells[STANCE] ?? ""),
  });
  return cells;
}
