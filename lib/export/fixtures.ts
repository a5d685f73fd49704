// A row to export in tests, with whatever cells a test cares about changed.
import { EXPORT_COLUMNS, type ExportCell, type ExportCells, type ExportColumn } from "./columns";

export function exportRow(changes: Partial<Record<ExportColumn, ExportCell>> = {}): ExportCells {
  const row: Record<ExportColumn, ExportCell> = {
    id: 7,
    question: "deployed-north-korean-russia",
    question_label: "North Korean troops in Russia",
    source_id: "gur",
    source: "GUR",
    figure_as_stated: "about 11,000",
    value_low: null,
    value_best: 11000,
    value_high: null,
    qualifier: "approx",
    unit: "soldiers",
    category: "deployed",
    measure: "North Korean soldiers in Russia",
    as_of: "2024-10",
    as_of_precision: "month",
    stance: "asserts",
    outlet: "Avion-Chasse.fr",
    article_id: 3,
    article_file: "001_article.txt",
    article_title: "Près de 11 000 soldats nord-coréens",
    article_url: "https://example.org/article",
    published: "2024-10-23",
    date_note: null,
    quote: "Près de 11 000 soldats",
    start: 10,
    end: 32,
    review_status: "unreviewed",
    reject_reason: null,
    machine_value_low: null,
    machine_value_best: 11000,
    machine_value_high: null,
    machine_source_id: "gur",
    machine_source: "GUR",
    ...changes,
  };
  return EXPORT_COLUMNS.map((column) => row[column]);
}

export async function* batchesOf<T>(...batches: T[][]): AsyncGenerator<T[]> {
  for (const batch of batches) yield batch;
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}
