import path from "node:path";
import { metadataKey } from "../../lib/articles/new-article";
import { prepareArticle } from "../../lib/articles/prepare-article";
import { readBounded } from "./read-bounded";
import type { KnownArticle, NewArticle } from "../../db/write/store-article";
import type { Manifests } from "../manifests";

export type Prepared =
  | { status: "ready"; article: NewArticle; metadataGiven: boolean }
  | { status: "unchanged"; sameAs: string }
  | { status: "failed"; reason: string };

/** Reads and checks one file and gathers its metadata; nothing is extracted or stored yet. */
export async function prepareFile(file: string, manifests: Manifests, maxBytes: number, known: Map<string, KnownArticle>): Promise<Prepared> {
  const fileName = path.basename(file);
  const lookup = await manifests.lookup(file);
  if (lookup.kind === "invalid") return { status: "failed", reason: lookup.reason };
  const entry = lookup.kind === "entry" ? lookup.entry : null;

  const bounded = await readBounded(file, maxBytes);
  if (!bounded.ok) return { status: "failed", reason: bounded.reason };
  const prepared = prepareArticle(fileName, bounded.bytes, entry ?? {}, maxBytes);
  if (!prepared.ok) return { status: "failed", reason: prepared.reason };
  const { article } = prepared;

  // A known text is skipped before extraction unless its manifest entry gives new metadata: then it is extracted and updated.
  const before = known.get(article.contentHash);
  if (before && (!entry || before.metadata === metadataKey(article))) return { status: "unchanged", sameAs: before.fileName };
  known.set(article.contentHash, { fileName, metadata: metadataKey(article) });
  return { status: "ready", article, metadataGiven: entry !== null };
}
