import path from "node:path";
import { detectLanguage } from "../../lib/articles/language";
import { readArticleBytes } from "../../lib/articles/read-article";
import { readBounded } from "./read-bounded";
import { guessTitle } from "../../lib/articles/title";
import type { NewArticle } from "../../db/write/store-article";
import type { Manifests } from "../manifests";

export type Prepared =
  | { status: "ready"; article: NewArticle }
  | { status: "unchanged"; sameAs: string }
  | { status: "failed"; reason: string };

/** Reads and checks one file and gathers its metadata; nothing is extracted or stored yet. */
export async function prepareFile(file: string, manifests: Manifests, maxBytes: number, knownHashes: Map<string, string>): Promise<Prepared> {
  const fileName = path.basename(file);
  const lookup = await manifests.lookup(file);
  if (lookup.kind === "invalid") return { status: "failed", reason: lookup.reason };
  const entry = lookup.kind === "entry" ? lookup.entry : null;

  const bounded = await readBounded(file, maxBytes);
  if (!bounded.ok) return { status: "failed", reason: bounded.reason };
  const { bytes } = bounded;
  const read = readArticleBytes(bytes, maxBytes);
  if (!read.ok) return { status: "failed", reason: read.reason };

  const sameAs = knownHashes.get(read.hash);
  if (sameAs) return { status: "unchanged", sameAs };
  knownHashes.set(read.hash, fileName);

  return {
    status: "ready",
    article: {
      fileName,
      title: guessTitle(read.text, fileName),
      publisher: entry?.publisher ?? null,
      url: entry?.url ?? null,
      language: entry?.language ?? detectLanguage(read.text),
      published: entry?.published ?? null,
      dateSource: entry?.dateSource ?? "unknown",
      dateNote: entry?.dateNote ?? null,
      text: read.text,
      contentHash: read.hash,
      byteLength: bytes.length,
    },
  };
}
