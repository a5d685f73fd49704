// What /api/export can answer with, and how each answer is labelled.
export const EXPORT_FORMATS = ["csv", "json", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** `triangulate-claims-2024-11-05.csv`: dated by the day of the export (UTC). */
export function exportFileName(format: ExportFormat, now: Date = new Date()): string {
  return `triangulate-claims-${now.toISOString().slice(0, 10)}.${format}`;
}
