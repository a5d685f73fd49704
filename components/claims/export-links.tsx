const FORMATS = [
  { format: "csv", label: "CSV", hint: "UTF-8 text: Excel opens it as it is; LibreOffice asks how to read it (choose UTF-8, comma)" },
  { format: "xlsx", label: "Excel (XLSX)", hint: "For Excel, LibreOffice and Numbers: dates as dates, a filter on every column" },
  { format: "json", label: "JSON", hint: "For scripts: the API's claim objects" },
];

/** Downloads of exactly the rows the current filters select (all pages). */
export function ExportLinks({ query, label = "Export these claims:" }: { query: string; label?: string }) {
  return (
    <div className="space-y-1 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-slate-600">{label}</span>
        {FORMATS.map(({ format, label, hint }) => (
          <a key={format} href={`/api/export?format=${format}${query ? `&${query}` : ""}`} download title={hint} className="rounded border border-slate-300 bg-white px-2 py-1 text-blue-800 hover:bg-slate-100">
            {label}
          </a>
        ))}
      </div>
      <p className="text-xs text-slate-600">For a spreadsheet (Excel, LibreOffice), take XLSX; CSV opens in LibreOffice through its import dialog (choose UTF-8).</p>
    </div>
  );
}
