// `npm run ingest -- [--manifest FILE] [--max-bytes N] [FILE|DIR ...]` (default: seeds/)
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { MAX_ARTICLE_BYTES } from "../lib/articles/read-article";
import { AGENCIES } from "../lib/sources/agencies";
import { prisma } from "../db/client";
import { syncSources } from "../db/write/sources";
import { rebuildQuestions } from "../db/write/rebuild-questions";
import { collectFiles } from "./ingest/collect-files";
import { ingestFile, type FileOutcome } from "./ingest/ingest-file";
import { Manifests } from "./ingest/manifests";

const argsSchema = z.object({
  manifest: z.string().optional(),
  "max-bytes": z.coerce.number().int().positive("must be a positive whole number of bytes").optional(),
});

function describe(outcome: FileOutcome): string {
  switch (outcome.status) {
    case "added":
      return `added (${outcome.claims} claim${outcome.claims === 1 ? "" : "s"})`;
    case "unchanged":
      return `unchanged (same text as ${outcome.sameAs})`;
    case "failed":
      return `FAILED: ${outcome.reason}`;
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { manifest: { type: "string" }, "max-bytes": { type: "string" } },
  });
  const options = argsSchema.parse(values);
  const { files, missing } = await collectFiles(positionals.length ? positionals : ["seeds"]);
  const counts = { added: 0, unchanged: 0, failed: missing.length };
  for (const arg of missing) console.log(`${arg}: FAILED: no such file or folder`);

  const manifests = new Manifests(options.manifest ? path.resolve(options.manifest) : null, (manifestPath, parsed) => {
    for (const w of parsed.warnings) console.log(`${manifestPath}: warning: ${w.entry}: ${w.message}`);
    for (const e of parsed.errors.filter((e) => e.entry !== "manifest" && !parsed.invalid.has(e.entry))) {
      console.log(`${manifestPath}: FAILED: ${e.entry}: ${e.message}`);
      counts.failed++;
    }
  });

  await syncSources(prisma, AGENCIES);
  for (const file of files) {
    const outcome = await ingestFile(prisma, file, manifests, options["max-bytes"] ?? MAX_ARTICLE_BYTES);
    counts[outcome.status]++;
    console.log(`${path.relative(process.cwd(), file)}: ${describe(outcome)}`);
  }
  if (counts.added > 0) {
    const questions = await rebuildQuestions(prisma);
    console.log(`Reconciled claims into ${questions} question${questions === 1 ? "" : "s"}.`);
  }
  console.log(`Summary: ${counts.added} added, ${counts.unchanged} unchanged, ${counts.failed} failed.`);
  return counts.failed > 0 ? 1 : 0;
}

main()
  .then((code) => (process.exitCode = code))
  .catch((error: unknown) => {
    const message = error instanceof z.ZodError ? z.prettifyError(error) : error instanceof Error ? error.message : String(error);
    console.error(`Ingest stopped: ${message}`);
    process.exitCode = 2;
  })
  .finally(() => prisma.$disconnect());
