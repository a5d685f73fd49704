// The extractor's output on every article we hold, as JSON, so that a change
// meant to leave the output alone (a speed change) can be checked byte for byte:
//   npm run extract:snapshot -- OUT.json [--skip SET ...]
// It reads every article of every set under eval/, the seeds, and generated
// articles from lib/corpus, each with its manifest's language and date.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ArticleInput, Language } from "../lib/claims/claim";
import { detectLanguage, isExtractable } from "../lib/articles/language";
import { parseManifest } from "../lib/articles/manifest";
import { readArticleBytes } from "../lib/articles/read-article";
import { generateArticle } from "../lib/corpus/generate-article";
import { extractClaims } from "../lib/extract";
import { exitWithUsageOnHelp } from "./usage.mjs";

const USAGE = `
Usage: npm run extract:snapshot -- OUT.json [--skip SET ...]
Runs the extractor on every article of every set under eval/, the seeds and 300 generated articles, and writes the claims as JSON to OUT.json.
  --skip SET   leaves out the set (folder under eval/) of that name
`;
exitWithUsageOnHelp(USAGE);

const GENERATED_ARTICLES = 300;
const ARTICLE_FILE = /\.(txt|html?)$/i;

function argValues(name: string): string[] {
  return process.argv.flatMap((arg, i) => (arg === name && process.argv[i + 1] ? [process.argv[i + 1]!] : []));
}

/** Every article of a folder, read the way the ingest reads it. */
function folderArticles(dir: string): ArticleInput[] {
  const manifestPath = path.join(dir, "manifest.json");
  const manifest = existsSync(manifestPath) ? parseManifest(readFileSync(manifestPath, "utf8")).entries : new Map();
  return readdirSync(dir)
    .filter((file) => ARTICLE_FILE.test(file))
    .sort()
    .flatMap((file) => {
      const read = readArticleBytes(readFileSync(path.join(dir, file)));
      if (!read.ok) return [];
      const entry = manifest.get(file);
      const detected = detectLanguage(read.text);
      const language: Language = entry?.language ?? (isExtractable(detected) ? detected : "en");
      return [{ file: path.join(dir, file), text: read.text, language, published: entry?.published ?? null }];
    });
}

function allArticles(skip: Set<string>): ArticleInput[] {
  const folders = [
    ...(existsSync("eval") ? readdirSync("eval", { withFileTypes: true }) : [])
      .filter((d) => d.isDirectory() && !skip.has(d.name))
      .map((d) => path.join("eval", d.name))
      .sort(),
    ...["seeds", "../shared/seeds"].filter((dir) => existsSync(dir)),
  ];
  const generated = Array.from({ length: GENERATED_ARTICLES }, (_, i) => {
    const a = generateArticle(1, i);
    return { file: `generated/${a.file}`, text: a.text, language: a.manifestEntry.language, published: a.manifestEntry.published };
  });
  return [...folders.flatMap(folderArticles), ...generated];
}

function main(): number {
  const out = process.argv.slice(2).find((arg, i, all) => !arg.startsWith("--") && all[i - 1] !== "--skip");
  if (!out) {
    console.error(`extract:snapshot: name the file to write.${USAGE}`);
    return 2;
  }
  const articles = allArticles(new Set(argValues("--skip")));
  const claims = articles.map((a) => ({ file: a.file, claims: extractClaims(a) }));
  writeFileSync(out, `${JSON.stringify(claims, null, 1)}\n`);
  console.log(`${articles.length} articles, ${claims.reduce((n, a) => n + a.claims.length, 0)} claims → ${out}`);
  return 0;
}

process.exitCode = main();
