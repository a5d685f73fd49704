import type { Metadata } from "next";
import { openApiDocument } from "@/app/api/_lib/openapi";

export const metadata: Metadata = { title: "API" };

/** The endpoints in a list a person reads, from the same description /api/openapi.json serves. */
export default function ApiDocsPage() {
  const { paths } = openApiDocument();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">API</h1>
      <p className="text-slate-700">
        Every page has a JSON twin that takes the same search params. Lists answer <code>{"{ items, total, page, pageSize }"}</code>; <code>/api/claims</code> also gives <code>next</code>, a link to the following rows that stays exact while articles are being loaded, and counts per option with <code>facet=</code>. A bad parameter is a 400 that names it. The full description, for tools, is{" "}
        <a href="/api/openapi.json" className="text-blue-800 underline">/api/openapi.json</a> (OpenAPI 3.1).
      </p>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Endpoints</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-2 py-2 sm:px-3">Endpoint</th>
            <th scope="col" className="px-2 py-2 sm:px-3">What it gives</th>
            <th scope="col" className="px-2 py-2 sm:px-3">Parameters</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(paths).flatMap(([path, operations]) =>
            Object.entries(operations as Record<string, { summary: string; parameters: { name: string; in: string }[] }>).map(([method, op]) => (
              <tr key={`${method} ${path}`} className="border-t border-slate-200 align-top">
                <td className="px-2 py-2 font-mono break-all sm:px-3 sm:break-normal sm:whitespace-nowrap">{method.toUpperCase()} {path}</td>
                <td className="px-2 py-2 sm:px-3">{op.summary}</td>
                <td className="px-2 py-2 font-mono text-xs break-all sm:px-3 sm:break-normal">{op.parameters.filter((p) => p.in === "query").map((p) => p.name).join(", ")}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
