// Extracts claims from article files without touching the database:
//   npm run extract -- [--manifest FILE] FILE...
// Prints {"claims": [...]} on stdout; problems go to stderr, and any
// unreadable file makes the exit code 1 once the others are done.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ExtractedClaim } from "../lib/claims/claim";
import { detectLanguage } from "../lib/articles/language";
import { type ManifestEntry, parseManifest } from "../lib/articles/manifest";
import { readArticleBytes } from "../lib/articles/read-article";
import { extractClaims } from "../lib/extract";

interface Args {
  manifest: string | null;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { manifest: null, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--manifest") args.manifest = argv[++i] ?? null;
    else if (arg.startsWith("--manifest=")) args.manifest = arg.slice("--manifest=".length);
    else args.files.push(arg);
  }
  return args;
}

const manifestCache = new Map<string, Map<string, ManifestEntry>>();

/** Entries of a manifest file, warnings and errors reported once on stderr. */
function loadManifest(file: string): Map<string, ManifestEntry> {
  const cached = manifestCache.get(file);
  if (cached) return cached;
  let entries = new Map<string, ManifestEntry>();
  try {
    const parsed = parseManifest(readFileSync(file, "utf8"));
    for (const p of [...parsed.errors, ...parsed.warnings]) console.error(`${file}: ${p.entry}: ${p.message}`);
    entries = parsed.entries;
  } catch (error) {
    console.error(`${file}: cannot read manifest (${(error as Error).message})`);
  }
  manifestCache.set(file, entries);
  return entries;
}

function manifestEntryFor(file: string, manifestPath: string | null): ManifestEntry | undefined {
  const beside = path.join(path.dirname(file), "manifest.json");
  const chosen = manifestPath ?? (existsSync(beside) ? beside : null);
  return chosen ? loadManifest(chosen).get(path.basename(file)) : undefined;
}

function extractFile(file: string, manifestPath: string | null): ExtractedClaim[] | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    return null;
  }
  const read = readArticleBytes(bytes);
  if (!read.ok) {
    console.error(`${file}: ${read.reason}`);
    return null;
  }
  const entry = manifestEntryFor(file, manifestPath);
  return extractClaims({
    file: path.basename(file),
    text: read.text,
    language: entry?.language ?? detectLanguage(read.text),
    published: entry?.published ?? null,
  });
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.files.length === 0) {
    console.error("usage: npm run extract -- [--manifest FILE] FILE...");
    process.exitCode = 1;
  }
  const claims: ExtractedClaim[] = [];
  let failed = false;
  for (const file of args.files) {
    const found = extractFile(file, args.manifest);
    if (found) claims.push(...found);
    else failed = true;
  }
  process.stdout.write(`${JSON.stringify({ claims }, null, 2)}\n`);
  if (failed) process.exitCode = 1;
}

main();
