import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseManifest } from "../../lib/articles/manifest";
import { readArticleBytes } from "../../lib/articles/read-article";
import { parseGold } from "./gold";
import { evalSets } from "./sets";

// A gold span that drifted from its text would score a right claim as a miss.
describe.each(evalSets().map((s) => [s.name, s] as const))("dev set %s", (_name, set) => {
  const gold = parseGold(readFileSync(set.goldPath, "utf8"), set.goldPath);
  const manifest = parseManifest(readFileSync(set.manifestPath!, "utf8"));

  it("has a valid manifest entry for every article it annotates", () => {
    expect(manifest.errors).toEqual([]);
    for (const file of new Set(gold.map((g) => g.file))) expect(manifest.entries.get(file)?.language, file).toBeTruthy();
  });

  it("quotes each claim at its offsets in the article as read", () => {
    const texts = new Map<string, string>();
    for (const g of gold) {
      if (!texts.has(g.file)) {
        const read = readArticleBytes(readFileSync(path.join(set.articleDir, g.file)));
        texts.set(g.file, read.ok ? read.text : "");
      }
      expect(texts.get(g.file)!.slice(g.start, g.end), `${g.file} ${g.quote}`).toBe(g.quote);
    }
  });
});
