// Extracts claims from article files without touching the database:
//   npm run extract -- [--manifest FILE] FILE...
// Prints {"claims": [...]} on stdout; problems go to stderr, and any
// unreadable file makes the exit code 1 once the others are done.
import path from "node:path";
import { parseArgs } from "node:util";
import type { ExtractedClaim } from "../lib/claims/claim";
import { detectLanguage, extractionInput, UNSUPPORTED_LANGUAGE_NOTE } from "../lib/articles/language";
import { MAX_ARTICLE_BYTES, readArticleBytes } from "../lib/articles/read-article";
import { extractClaims } from "../lib/extract";
import { readBounded } from "./ingest/read-bounded";
import { Manifests } from "./manifests";
import { exitWithUsageOnHelp } from "./usage.mjs";

exitWithUsageOnHelp(`
Usage: npm run -s extract -- [--manifest FILE] FILE ...
Prints the claims found in the files as JSON ({"claims": [...]}) on stdout, without touching the database.
(-s keeps npm's own banner out of the JSON.)
  --manifest FILE   the manifest to read dates and languages from
  --help            this text
`);

async function extractFile(file: string, manifests: Manifests): Promise<ExtractedClaim[] | null> {
  const lookup = await manifests.lookup(file);
  if (lookup.kind === "invalid") {
    console.error(`${file}: ${lookup.reason}`);
    return null;
  }
  const bounded = await readBounded(file, MAX_ARTICLE_BYTES);
  if (!bounded.ok) {
    console.error(`${file}: ${bounded.reason}`);
    return null;
  }
  const read = readArticleBytes(bounded.bytes);
  if (!read.ok) {
    console.error(`${file}: ${read.reason}`);
    return null;
  }
  const entry = lookup.kind === "entry" ? lookup.entry : null;
  const input = extractionInput({ fileName: path.basename(file), text: read.text, language: entry?.language ?? detectLanguage(read.text), published: entry?.published ?? null });
  if (!input) {
    console.error(`${file}: ${UNSUPPORTED_LANGUAGE_NOTE} (the text is not French or English)`);
    return [];
  }
  return extractClaims(input);
}

async function main(): Promise<void> {
  const { values, positionals: files } = parseArgs({ allowPositionals: true, options: { manifest: { type: "string" } } });
  if (files.length === 0) {
    console.error("usage: npm run -s extract -- [--manifest FILE] FILE... (--help for more)");
    process.exitCode = 1;
  }
  const manifests = new Manifests(values.manifest ? path.resolve(values.manifest) : null, (manifestPath, parsed) => {
    for (const p of [...parsed.errors, ...parsed.warnings]) console.error(`${manifestPath}: ${p.entry}: ${p.message}`);
  });
  const claims: ExtractedClaim[] = [];
  let failed = false;
  for (const file of files) {
    const found = await extractFile(file, manifests);
    if (found) claims.push(...found);
    else failed = true;
  }
  process.stdout.write(`${JSON.stringify({ claims }, null, 2)}\n`);
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`extract stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
