// Turning a file's bytes into the article text that every offset points into.
// The only change made is dropping a leading byte-order mark, so that character
// offsets stay those of the text as any UTF-8 reader sees it.
import { createHash } from "node:crypto";

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { ok: true; text: string; hash: string } | { ok: false; reason: string };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.05;
}

export function readArticleBytes(bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): ReadResult {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `file is ${bytes.length} bytes; the limit is ${maxBytes} bytes (split it or raise --max-bytes)` };
  }
  if (looksBinary(bytes)) return { ok: false, reason: "file looks binary, not text (save the article as UTF-8 .txt)" };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: "file is not valid UTF-8 (re-save it with UTF-8 encoding)" };
  }
  if (text.trim() === "") return { ok: false, reason: "file is empty (no text to read)" };
  return { ok: true, text, hash: contentHash(text) };
}

/** Hash of the text with white space folded: the same article saved twice, or renamed, hashes alike. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}
