/** The page's data as a program reads it: its JSON twin, and a CSV where there is one. */
export function DataLinks({ json, csv }: { json: string; csv?: string }) {
  return (
    <p className="flex flex-wrap gap-3 text-sm text-slate-600">
      <span>This view as data:</span>
      <a href={json} className="text-blue-800 underline">as JSON</a>
      {csv && <a href={csv} className="text-blue-800 underline">claims as CSV</a>}
      <a href="/api-docs" className="text-blue-800 underline">the API</a>
    </p>
  );
}
