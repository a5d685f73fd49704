// Throughput of the claim extractor on a large generated corpus, next to
// Microsoft Recognizers-Text's number model on the same text, and the share
// of dev-set figures each finds:  npm run bench:extract
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Culture, recognizeNumber } from "@microsoft/recognizers-text-number";
import type { ExtractedClaim, Language } from "../lib/claims/claim";
import { extractClaims } from "../lib/extract";
import { exitWithUsageOnHelp } from "./usage.mjs";

exitWithUsageOnHelp(`
Usage: npm run bench:extract
Times the extractor on a generated corpus (BENCH_MB megabytes, default 24) beside Recognizers-Text, and prints the figures.
`);

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 24) * 1024 * 1024;
const ARTICLE_BYTES = 8 * 1024;
/** Recognizers is far slower: it runs on a slice of the corpus, timed the same way. */
const RECOGNIZERS_BYTES = 512 * 1024;

const FR_SOURCES = ["Selon le renseignement militaire ukrainien", "D'après le Pentagone", "Selon Séoul", "Selon l'ISW", "D'après Kiev"];
const EN_SOURCES = ["According to the Pentagon", "South Korea's spy agency said", "Ukrainian military intelligence said", "The ISW estimated", "Kyiv said"];
const FR_FIGURES = ["11 000", "environ 10.000", "près de 3\u00A0000", "au moins 30", "plusieurs milliers de", "entre 10 000 et 12 000", "dix mille", "quelque 2\u202F600", "1,5 million d'"];
const EN_FIGURES = ["11,000", "about 10,000", "nearly 3,000", "at least 30", "several thousand", "between 10,000 and 12,000", "ten thousand", "some 2,600", "up to 1.5 million"];
const FR_NOUNS = ["soldats nord-coréens", "hommes", "obus", "combattants", "drones"];
const EN_NOUNS = ["North Korean troops", "soldiers", "shells", "fighters", "drones"];
const FR_PREDICATES = ["se trouvent en Russie", "ont été tués ou blessés", "seront déployés dans la région de Koursk", "ont été capturés", "s'entraînent en Russie"];
const EN_PREDICATES = ["are in Russia", "were killed or wounded", "will be deployed to the Kursk region", "were captured", "are training in Russia"];
const FR_FILLER = ["Le 19 juin 2024, les deux pays ont signé un accord.", "La ville est située à environ 100 km de la frontière.", "Le traité prévoit en son article 4 une aide mutuelle.", "Cette coopération inquiète les capitales occidentales."];
const EN_FILLER = ["On June 19, 2024, the two countries signed a pact.", "The town lies about 100 km from the border.", "Article 4 of the treaty provides for mutual aid.", "The cooperation worries Western capitals."];

/** A small deterministic generator, so every run measures the same text. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(list: T[], r: () => number): T {
  return list[Math.floor(r() * list.length)] as T;
}

function sentence(language: Language, r: () => number): string {
  const fr = language === "fr";
  if (r() < 0.4) return pick(fr ? FR_FILLER : EN_FILLER, r);
  const figure = pick(fr ? FR_FIGURES : EN_FIGURES, r);
  const noun = pick(fr ? FR_NOUNS : EN_NOUNS, r);
  const joiner = figure.endsWith("'") ? "" : " ";
  const body = `${figure}${joiner}${noun} ${pick(fr ? FR_PREDICATES : EN_PREDICATES, r)}`;
  return `${pick(fr ? FR_SOURCES : EN_SOURCES, r)}, ${body}.`;
}

function corpus(): { language: Language; text: string }[] {
  const r = random(42);
  const articles: { language: Language; text: string }[] = [];
  let total = 0;
  while (total < TARGET_BYTES) {
    const language: Language = articles.length % 2 === 0 ? "fr" : "en";
    const parts: string[] = [];
    let size = 0;
    while (size < ARTICLE_BYTES) {
      const s = sentence(language, r);
      parts.push(r() < 0.2 ? `${s}\n` : `${s} `);
      size += s.length + 1;
    }
    const text = parts.join("");
    articles.push({ language, text });
    total += Buffer.byteLength(text);
  }
  return articles;
}

function mb(bytes: number): number {
  return bytes / (1024 * 1024);
}

/** CPU seconds of this process: the rate per core, whatever else the machine runs. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

function timeOurs(articles: { language: Language; text: string }[]) {
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  let claims = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  articles.forEach((a, i) => {
    claims += extractClaims({ file: `bench-${i}.txt`, text: a.text, language: a.language, published: "2024-10-23" }).length;
  });
  return { bytes, claims, seconds: cpuSeconds(c0), wall: (performance.now() - t0) / 1000 };
}

function timeRecognizers(articles: { language: Language; text: string }[]) {
  let bytes = 0;
  let numbers = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const a of articles) {
    if (bytes >= RECOGNIZERS_BYTES) break;
    numbers += recognizeNumber(a.text, a.language === "fr" ? Culture.French : Culture.English).length;
    bytes += Buffer.byteLength(a.text);
  }
  return { bytes, numbers, seconds: cpuSeconds(c0), wall: (performance.now() - t0) / 1000 };
}

interface GoldClaim {
  file: string;
  value_low: number | null;
  value_high: number | null;
  start: number;
  end: number;
}

/** Share of gold figures whose value some found number carries at an overlapping span. */
function devRecall(): { ours: number; recognizers: number; total: number } | null {
  const goldPath = "../shared/eval/seed-gold.json";
  const dir = existsSync("seeds") ? "seeds" : "../shared/seeds";
  if (!existsSync(goldPath)) return null;
  const gold = (JSON.parse(readFileSync(goldPath, "utf8")) as GoldClaim[]).filter((g) => g.value_low !== null || g.value_high !== null);
  let ours = 0;
  let recognizers = 0;
  const cache = new Map<string, { claims: ExtractedClaim[]; numbers: { start: number; end: number; value: number }[] }>();
  for (const g of gold) {
    let found = cache.get(g.file);
    if (!found) {
      const text = readFileSync(path.join(dir, g.file), "utf8");
      const claims = extractClaims({ file: g.file, text, language: "fr", published: null });
      const numbers = recognizeNumber(text, Culture.French).map((n) => ({ start: n.start, end: n.end + 1, value: Number(n.resolution.value) }));
      found = { claims, numbers };
      cache.set(g.file, found);
    }
    const values = [g.value_low, g.value_high].filter((v): v is number => v !== null);
    const overlaps = (s: { start: number; end: number }) => s.start < g.end && g.start < s.end;
    if (found.claims.some((c) => [c, ...c.mentions].some(overlaps) && values.some((v) => v === c.value.low || v === c.value.high))) ours++;
    if (found.numbers.some((n) => overlaps(n) && values.includes(n.value))) recognizers++;
  }
  return { ours, recognizers, total: gold.length };
}

function main(): void {
  const articles = corpus();
  extractClaims({ file: "warm.txt", text: articles[0]?.text ?? "", language: "fr", published: null });
  const ours = timeOurs(articles);
  const oursRate = mb(ours.bytes) / ours.seconds;
  console.log(`corpus: ${articles.length} generated articles, ${mb(ours.bytes).toFixed(1)} MB (French and English)`);
  console.log(`extractClaims: ${oursRate.toFixed(2)} MB/s, ${(ours.claims / ours.seconds).toFixed(0)} claims/s per core (${ours.claims} claims; ${ours.seconds.toFixed(1)} s CPU, ${ours.wall.toFixed(1)} s wall)`);
  recognizeNumber("warm up 10", Culture.English);
  const rec = timeRecognizers(articles);
  const recRate = mb(rec.bytes) / rec.seconds;
  console.log(`Recognizers-Text number model: ${recRate.toFixed(3)} MB/s per core, run on the first ${mb(rec.bytes).toFixed(2)} MB only to keep the bench short (${rec.numbers} numbers; ${rec.seconds.toFixed(1)} s CPU, ${rec.wall.toFixed(1)} s wall)`);
  console.log(`speed ratio (ours / Recognizers): ${(oursRate / recRate).toFixed(1)}×`);
  const recall = devRecall();
  if (recall) {
    console.log(`dev-set number recall: ours ${recall.ours}/${recall.total}, Recognizers ${recall.recognizers}/${recall.total}`);
  }
}

main();
