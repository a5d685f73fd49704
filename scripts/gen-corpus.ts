// `npm run gen:corpus -- --articles N [--seed S] [--out DIR]`: writes N synthetic
// articles (NNNNNN.txt) and manifest.json, one file at a time.
import { closeSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { parseCorpusArgs, USAGE } from "../lib/corpus/args";
import { generateArticle } from "../lib/corpus/generate-article";
import { exitWithUsageOnHelp } from "./usage.mjs";

exitWithUsageOnHelp(USAGE);

function indent(json: string): string {
  return json.replace(/^/gm, "  ");
}

function main(): number {
  const parsed = parseCorpusArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`gen:corpus: ${parsed.message}\n${USAGE}`);
    return 2;
  }
  const { articles, seed, out } = parsed.options;
  const dir = path.resolve(out);
  mkdirSync(dir, { recursive: true });
  const existing = readdirSync(dir).length;
  if (existing > 0) console.log(`Note: ${out} already holds ${existing} entries; files with the same names are overwritten.`);
  console.log(`Generating ${articles} articles with seed ${seed} into ${out}`);

  const started = process.hrtime.bigint();
  const elapsed = (): number => Number(process.hrtime.bigint() - started) / 1e9;
  const manifest = openSync(path.join(dir, "manifest.json"), "w");
  let pending = "[\n";
  let bytes = 0;
  const step = Math.max(1, Math.ceil(articles / 10));
  try {
    for (let i = 0; i < articles; i++) {
      const article = generateArticle(seed, i);
      writeFileSync(path.join(dir, article.file), article.text);
      bytes += Buffer.byteLength(article.text);
      pending += `${i > 0 ? ",\n" : ""}${indent(JSON.stringify(article.manifestEntry, null, 2))}`;
      if (pending.length > 1 << 20) {
        bytes += writeSync(manifest, pending);
        pending = "";
      }
      const done = i + 1;
      if (articles >= 1000 && done % step === 0 && done < articles) {
        const seconds = elapsed();
        console.log(`  ${Math.round((done / articles) * 100)}%  ${done}/${articles} articles, ${Math.round(done / seconds)} articles/s`);
      }
    }
    bytes += writeSync(manifest, `${pending}\n]\n`);
  } finally {
    closeSync(manifest);
  }
  const seconds = elapsed();
  console.log(
    `Wrote ${articles} articles + manifest.json to ${out}: ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s (${Math.round(articles / seconds)} articles/s).`,
  );
  return 0;
}

process.exitCode = main();
