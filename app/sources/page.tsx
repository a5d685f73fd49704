import type { Metadata } from "next";
import { SourceCard } from "@/components/sources/source-card";
import { fetchSourcesOverview } from "@/db/read/sources";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage() {
  const sources = await fetchSourcesOverview();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Sources</h1>
      <p className="text-slate-600">
        Each agency that the articles credit with a figure, what it said on each question, and where its latest figure stands against the consensus of the others.
      </p>
      {sources.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">No attributed claims yet. Load articles with <code>npm run ingest</code>.</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {sources.map((s) => <SourceCard key={s.id} source={s} />)}
        </div>
      )}
    </div>
  );
}
