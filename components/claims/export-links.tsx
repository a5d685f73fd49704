const FORMATS = [
  { format: "csv", label: "CSV" },
  { format: "xlsx", label: "Excel (XLSX)" },
  { format: "json", label: "JSON" },
];

/** Downloads of exactly the rows the current filters select (all pages). */
export function ExportLinks({ query, label = "Export these claims:" }: { query: string; label?: string }) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">{label}</span>
      {FORMATS.map(({ format, label }) => (
        <a key={format} href={`/api/export?format=${format}${query ? `&${query}` : ""}`} download className="rounded border border-slate-300 bg-white px-2 py-1 text-blue-800 hover:bg-slate-100">
          {label}
        </a>
      ))}
    </div>
  );
}
