// A claim to export in tests, with whatever fields a test cares about changed.
import type { ExportItem, StoredClaim } from "./columns";

export function exportItem(claim: Partial<StoredClaim> = {}, article: Partial<Omit<ExportItem, "claim">> = {}): ExportItem {
  return {
    claim: {
      id: 7,
      article: 3,
      question: "deployed-north-korean-russia",
      file: "001_article.txt",
      quote: "Près de 11 000 soldats",
      start: 10,
      end: 32,
      mentions: [],
      value: { low: null, best: 11000, high: null },
      qualifier: "approx",
      unit: "soldiers",
      category: "deployed",
      measure: "North Korean soldiers in Russia",
      scope: { place: "Russia", group: null, state: null },
      subject: "North Korean",
      source: { id: "gur", name: "GUR" },
      asOf: "2024-10",
      asOfPrecision: "month",
      stance: "asserts",
      ...claim,
    },
    outlet: "Avion-Chasse.fr",
    articleTitle: "Près de 11 000 soldats nord-coréens",
    published: "2024-10-23",
    ...article,
  };
}

export async function* batchesOf<T>(...batches: T[][]): AsyncGenerator<T[]> {
  for (const batch of batches) yield batch;
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}
