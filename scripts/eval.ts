// Scores the extractor against the hand-made dev set:
//   npm run eval [-- --gold PATH --seeds DIR]
// A predicted claim matches a gold one when it is in the same file, one of its
// spans (quote or further mentions) overlaps the gold span, and its low/high
// values are the gold's (a gold denial with no figure matches a predicted
// denial whose span overlaps). Prints precision, recall, F1, the share of
// matched claims with the right source and with the right as-of month, then
// the misses and false positives.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ExtractedClaim, Language } from "../lib/claims/claim";
import { detectLanguage } from "../lib/articles/language";
import { parseManifest } from "../lib/articles/manifest";
import { readArticleBytes } from "../lib/articles/read-article";
import { extractClaims } from "../lib/extract";

interface GoldClaim {
  file: string;
  quote: string;
  value_low: number | null;
  value_high: number | null;
  attributed_to: string | null;
  as_of: string | null;
  stance: "asserts" | "denies";
  start: number;
  end: number;
}

/** Gold speakers, in the dev set's words, as gazetteer ids. */
const GOLD_SOURCE_IDS: Record<string, string> = {
  "Suspilne (Ukrainian public broadcaster)": "suspilne",
  "Ukrainian intelligence (unspecified)": "ukraine_intelligence",
  "GUR (Ukrainian military intelligence)": "gur",
  "Ukraine (Kyiv / Zelensky)": "ukraine_gov",
  "US Department of Defense (Lloyd Austin)": "us_dod",
  "Western governments (suspicions)": "western_governments",
  "ISW (Institute for the Study of War)": "isw",
  "Kremlin (Dmitry Peskov)": "kremlin",
  "NIS (South Korean intelligence)": "nis",
  "North Korea (Pyongyang)": "north_korea",
  // Held-out set (eval/holdout/gold.json).
  "US Department of Defense (Pentagon)": "us_dod",
  "US government (White House)": "us_gov",
  "US State Department": "us_state",
  "Ukrainian armed forces (General Staff, Air Force)": "ukraine_military",
  "Russian Ministry of Defence": "russia_mod",
  "South Korean government / military (JCS, ministries)": "south_korea_gov",
  "Yonhap (media)": "yonhap",
  "Ukrainian regional authorities": "ukraine_regional",
};

/** Used only when no seeds/manifest.json can be read. */
const FALLBACK_PUBLISHED: Record<string, string> = { "004_d65a453aca90a03a.txt": "2024-10-23" };

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function seedsDir(): string {
  const given = argValue("--seeds");
  if (given) return given;
  return existsSync("seeds") ? "seeds" : "../shared/seeds";
}

function loadManifest(dir: string) {
  // A directory given with --seeds brings its own manifest; the default keeps seeds/manifest.json first.
  const own = path.join(dir, "manifest.json");
  const candidates = argValue("--seeds") ? [own, "seeds/manifest.json"] : ["seeds/manifest.json", own];
  for (const candidate of candidates) {
    if (existsSync(candidate)) return parseManifest(readFileSync(candidate, "utf8")).entries;
  }
  return new Map();
}

function spansOf(c: ExtractedClaim) {
  return [{ start: c.start, end: c.end }, ...c.mentions];
}

function overlaps(c: ExtractedClaim, g: GoldClaim): boolean {
  return c.file === g.file && spansOf(c).some((s) => s.start < g.end && g.start < s.end);
}

function sameValue(c: ExtractedClaim, g: GoldClaim): boolean {
  if (g.value_low === null && g.value_high === null) return c.stance === "denies" && c.value.low === null && c.value.high === null;
  return c.value.low === g.value_low && c.value.high === g.value_high;
}

const month = (iso: string | null) => (iso ? iso.slice(0, 7) : null);
const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`);

function main(): void {
  const goldPath = argValue("--gold") ?? "../shared/eval/seed-gold.json";
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as GoldClaim[];
  const dir = seedsDir();
  const manifest = loadManifest(dir);
  const files = [...new Set(gold.map((g) => g.file))];
  const predicted: ExtractedClaim[] = [];
  for (const file of files) {
    const read = readArticleBytes(readFileSync(path.join(dir, file)));
    if (!read.ok) {
      console.error(`${file}: ${read.reason}`);
      continue;
    }
    const entry = manifest.get(file);
    const language: Language = entry?.language ?? detectLanguage(read.text);
    const published = entry ? entry.published : (FALLBACK_PUBLISHED[file] ?? null);
    predicted.push(...extractClaims({ file, text: read.text, language, published }));
  }

  const used = new Set<ExtractedClaim>();
  const matches: [GoldClaim, ExtractedClaim][] = [];
  const misses: GoldClaim[] = [];
  for (const g of gold) {
    const hit = predicted.find((c) => !used.has(c) && overlaps(c, g) && sameValue(c, g));
    if (hit) {
      used.add(hit);
      matches.push([g, hit]);
    } else misses.push(g);
  }
  const falsePositives = predicted.filter((c) => !used.has(c));
  const precision = predicted.length ? matches.length / predicted.length : 0;
  const recall = gold.length ? matches.length / gold.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const goldSource = (g: GoldClaim) => (g.attributed_to ? (GOLD_SOURCE_IDS[g.attributed_to] ?? g.attributed_to) : null);
  const sourceOk = ([g, c]: [GoldClaim, ExtractedClaim]) => goldSource(g) === (c.source?.id ?? null);
  const monthOk = ([g, c]: [GoldClaim, ExtractedClaim]) => month(g.as_of) === month(c.asOf);
  const sourceRight = matches.filter(sourceOk);
  const monthRight = matches.filter(monthOk);

  console.log(`gold ${gold.length}, predicted ${predicted.length}, matched ${matches.length}`);
  console.log(`precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`);
  console.log(`source right ${sourceRight.length}/${matches.length} (${pct(sourceRight.length, matches.length)})`);
  console.log(`as-of month right ${monthRight.length}/${matches.length} (${pct(monthRight.length, matches.length)})`);
  for (const match of matches) {
    const [g, c] = match;
    const wrong = [
      sourceOk(match) ? null : `source ${c.source?.id ?? null} ≠ ${g.attributed_to}`,
      monthOk(match) ? null : `as-of ${c.asOf} ≠ ${g.as_of}`,
    ].filter(Boolean);
    if (wrong.length) console.log(`  matched but ${wrong.join("; ")}: ${g.file} «${g.quote.slice(0, 70)}»`);
  }
  console.log(`\nmisses (${misses.length}):`);
  for (const g of misses) console.log(`  ${g.file} [${g.start}-${g.end}] ${g.value_low}–${g.value_high} «${g.quote.slice(0, 90)}»`);
  console.log(`\nfalse positives (${falsePositives.length}):`);
  for (const c of falsePositives) console.log(`  ${c.file} [${c.start}-${c.end}] ${c.value.low}–${c.value.high} ${c.unit} «${c.quote.slice(0, 90)}»`);
}

main();
