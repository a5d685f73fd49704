import type { ComparisonTableData } from "@/lib/comparison/types";

const at = (table: ComparisonTableData, row: ComparisonTableData["rows"][number], key: string) => row[table.columns.findIndex((c) => c.key === key)] ?? null;

/** One citation per row: who, where it was read, and the sentence. */
export function BriefCitations({ table }: { table: ComparisonTableData }) {
  return (
    <section aria-labelledby="brief-citations" className="space-y-2">
      <h2 id="brief-citations" className="text-lg font-semibold">Citations</h2>
      <ol className="list-decimal space-y-2 pl-5 text-sm">
        {table.rows.map((row, i) => {
          const url = at(table, row, "url");
          const title = String(at(table, row, "title") ?? "Untitled article");
          const where = [at(table, row, "outlet"), at(table, row, "article_date")].filter(Boolean).join(", ");
          return (
            <li key={i} className="break-inside-avoid">
              <span className="font-medium">{String(at(table, row, "source"))}</span>
              {": "}
              {typeof url === "string" && /^https?:\/\//i.test(url) ? <a href={url} className="text-blue-800 underline">{title}</a> : <span>{title}</span>}
              {where && <span className="text-slate-600"> ({where})</span>}
              {at(table, row, "quote") !== null && <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 italic text-slate-700">“{String(at(table, row, "quote"))}”</blockquote>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
