import { CopyTableButtons } from "./copy-table-buttons";

const FORMATS = [
  { format: "csv", label: "CSV" },
  { format: "xlsx", label: "Excel (XLSX)" },
  { format: "json", label: "JSON" },
];

/** Downloads of the comparison table from its API, and copies of it for a brief. */
export function ComparisonDownloads({ endpoint, query = "" }: { endpoint: string; query?: string }) {
  const href = (format: string) => `${endpoint}?format=${format}${query ? `&${query}` : ""}`;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm print:hidden">
      <span className="text-slate-600">Export this table:</span>
      {FORMATS.map(({ format, label }) => (
        <a key={format} href={href(format)} download className="rounded border border-slate-300 bg-white px-2 py-1 text-blue-800 hover:bg-slate-100">
          {label}
        </a>
      ))}
      <CopyTableButtons url={href("FORMAT")} />
    </div>
  );
}
