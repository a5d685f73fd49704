// The dev sets on disk: every folder under eval/ with a gold.json (its articles
// and manifest.json beside it), plus the seed story's shared set, whose articles
// are the seeds.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ExtractedClaim, Language } from "../../lib/claims/claim";
import { detectLanguage, isExtractable } from "../../lib/articles/language";
import { parseManifest, type ManifestEntry } from "../../lib/articles/manifest";
import { readArticleBytes } from "../../lib/articles/read-article";
import { extractClaims } from "../../lib/extract";
import { parseGold, type GoldClaim } from "./gold";

export interface DevSet {
  name: string;
  /** The seed story's sets are reported apart from the sets about other events. */
  seedStory: boolean;
  /** A HELD-OUT file in the set's folder: scored, but its misses are not listed, so no rule is written from them. */
  heldOut: boolean;
  goldPath: string;
  articleDir: string;
  manifestPath: string | null;
}

export const HELD_OUT_MARK = "HELD-OUT";

/** Sets about the seed story (North Korean troops in Russia). */
const SEED_STORY_SETS = new Set(["seed", "holdout"]);

export function seedSet(): DevSet {
  const articleDir = existsSync("seeds") ? "seeds" : "../shared/seeds";
  return { name: "seed", seedStory: true, heldOut: false, goldPath: "../shared/eval/seed-gold.json", articleDir, manifestPath: path.join(articleDir, "manifest.json") };
}

export function evalSets(root = "eval"): DevSet[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(root, d.name, "gold.json")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = path.join(root, name);
      const heldOut = existsSync(path.join(dir, HELD_OUT_MARK));
      return { name, seedStory: SEED_STORY_SETS.has(name), heldOut, goldPath: path.join(dir, "gold.json"), articleDir: dir, manifestPath: path.join(dir, "manifest.json") };
    });
}

/** A set given by hand (--gold FILE --seeds DIR), with the manifest found in DIR. */
export function adHocSet(goldPath: string, articleDir: string): DevSet {
  const name = path.basename(goldPath) === "gold.json" ? path.basename(path.dirname(path.resolve(goldPath))) : path.basename(goldPath, ".json");
  return { name, seedStory: false, heldOut: false, goldPath, articleDir, manifestPath: path.join(articleDir, "manifest.json") };
}

function readManifest(file: string | null): Map<string, ManifestEntry> {
  if (!file || !existsSync(file)) return new Map();
  const parsed = parseManifest(readFileSync(file, "utf8"));
  for (const problem of parsed.errors) console.error(`${file}: ${problem.entry} ${problem.message}`);
  return parsed.entries;
}

export interface LoadedSet {
  gold: GoldClaim[];
  predicted: ExtractedClaim[];
  articles: number;
}

/** Reads a set's gold and runs the extractor on every article the gold names. */
export function runSet(set: DevSet): LoadedSet {
  const gold = parseGold(readFileSync(set.goldPath, "utf8"), set.goldPath);
  const manifest = readManifest(set.manifestPath);
  const files = [...new Set(gold.map((g) => g.file))];
  const predicted: ExtractedClaim[] = [];
  for (const file of files) {
    const read = readArticleBytes(readFileSync(path.join(set.articleDir, file)));
    if (!read.ok) throw new Error(`${set.name}/${file}: ${read.reason}`);
    const entry = manifest.get(file);
    const detected = detectLanguage(read.text);
    // The dev sets are French and English: a text the detector places elsewhere is read as English, as before.
    const language: Language = entry?.language ?? (isExtractable(detected) ? detected : "en");
    predicted.push(...extractClaims({ file, text: read.text, language, published: entry?.published ?? null }));
  }
  return { gold, predicted, articles: files.length };
}
