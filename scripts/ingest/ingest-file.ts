import { readFile } from "node:fs/promises";
import path from "node:path";
import { detectLanguage } from "../../lib/articles/language";
import { readArticleBytes } from "../../lib/articles/read-article";
import { guessTitle } from "../../lib/articles/title";
import { extractClaims } from "../../lib/extract";
import type { PrismaClient } from "../../db/generated/client";
import { findArticleByHash, storeArticle } from "../../db/write/store-article";
import type { Manifests } from "./manifests";

export type FileOutcome =
  | { status: "added"; claims: number }
  | { status: "unchanged"; sameAs: string }
  | { status: "failed"; reason: string };

export async function ingestFile(prisma: PrismaClient, file: string, manifests: Manifests, maxBytes: number): Promise<FileOutcome> {
  const fileName = path.basename(file);
  const lookup = await manifests.lookup(file);
  if (lookup.kind === "invalid") return { status: "failed", reason: lookup.reason };
  const entry = lookup.kind === "entry" ? lookup.entry : null;

  const bytes = await readFile(file);
  const read = readArticleBytes(bytes, maxBytes);
  if (!read.ok) return { status: "failed", reason: read.reason };

  const known = await findArticleByHash(prisma, read.hash);
  if (known) return { status: "unchanged", sameAs: known.fileName };

  const language = entry?.language ?? detectLanguage(read.text);
  const published = entry?.published ?? null;
  const claims = extractClaims({ file: fileName, text: read.text, language, published });
  const outcome = await storeArticle(
    prisma,
    {
      fileName,
      title: guessTitle(read.text, fileName),
      publisher: entry?.publisher ?? null,
      url: entry?.url ?? null,
      language,
      published,
      dateSource: entry?.dateSource ?? "unknown",
      dateNote: entry?.dateNote ?? null,
      text: read.text,
      contentHash: read.hash,
      byteLength: bytes.length,
    },
    claims,
  );
  return outcome.status === "added" ? { status: "added", claims: outcome.claims } : { status: "unchanged", sameAs: outcome.sameAs };
}
