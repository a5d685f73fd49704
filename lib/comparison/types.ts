// A comparison table: what an analyst puts in a brief. One shape for every
// export (CSV, XLSX, JSON, Markdown, HTML) and for the page, so the file and
// the screen cannot disagree.

/** A cell as a spreadsheet keeps it: text, a number, or empty. */
export type TableCell = string | number | null;

export interface TableColumn {
  key: string;
  header: string;
  /** Numbers align right and stay numbers in a spreadsheet. */
  numeric?: boolean;
  /** ISO dates become date cells in a spreadsheet. */
  date?: boolean;
}

/** What the table holds, said in its first lines (CSV, Markdown), its properties (XLSX) or `about` (JSON). */
export interface TableAbout {
  title: string;
  /** "Filters", "Exported", "Articles behind it", "Conventions"…, in the order shown. */
  lines: Array<[label: string, text: string]>;
}

export interface ComparisonTableData {
  about: TableAbout;
  columns: TableColumn[];
  rows: TableCell[][];
  /** Lines under the table: the consensus and its method, notes. */
  footer: string[];
}
