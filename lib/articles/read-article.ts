// Turning a file's bytes into the article text that every offset points into.
// The only change made is dropping a leading byte-order mark (and decoding
// UTF-16 that announces itself with one), so that character offsets stay
// those of the text as any Unicode reader sees it. The same checks serve the
// command line and uploads: they take bytes, never a path.
import { createHash } from "node:crypto";

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { ok: true; text: string; hash: string } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: false });
const utf16be = new TextDecoder("utf-16be", { fatal: true, ignoreBOM: false });

/** Control characters other than tab, line feed, vertical tab, form feed and carriage return. */
function isControl(code: number): boolean {
  return code < 9 || (code > 13 && code < 32) || code === 127;
}

function tooManyControls(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) if (isControl(sample.charCodeAt(i))) control++;
  return control > sample.length * 0.05;
}

/** UTF-16 without a byte-order mark: every other byte of Latin text is zero. */
function looksLikeBareUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  if (sample.length < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  return evenZeros > half * 0.6 || oddZeros > half * 0.6;
}

type Decoded = { ok: true; text: string } | { ok: false; reason: string };

function decode(bytes: Uint8Array): Decoded {
  const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? utf16le : bytes[0] === 0xfe && bytes[1] === 0xff ? utf16be : null;
  const decoder = bom16 ?? utf8;
  if (!bom16) {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      if (looksLikeBareUtf16(bytes)) return { ok: false, reason: "file looks like UTF-16 without a byte-order mark (re-save it as UTF-8)" };
      return { ok: false, reason: `file looks binary, not text: a NUL byte at byte ${nul} (save the article as UTF-8 .txt)` };
    }
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    const encoding = bom16 === utf16le ? "UTF-16LE" : bom16 === utf16be ? "UTF-16BE" : "UTF-8";
    return { ok: false, reason: `file is not valid ${encoding} (re-save it with UTF-8 encoding)` };
  }
}

export function readArticleBytes(bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): ReadResult {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `file is ${bytes.length} bytes; the limit is ${maxBytes} bytes (split it or raise --max-bytes)` };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  const nul = text.indexOf("\u0000");
  if (nul !== -1) return { ok: false, reason: `file looks binary, not text: a NUL character at character ${nul} (save the article as UTF-8 .txt)` };
  if (tooManyControls(text)) return { ok: false, reason: "file looks binary, not text (save the article as UTF-8 .txt)" };
  if (text.trim() === "") return { ok: false, reason: "file is empty (no text to read)" };
  return { ok: true, text, hash: contentHash(text) };
}

/** Hash of the text with white space folded: the same article saved twice, or renamed, hashes alike. */
export function contentHash(text: string): string {
  return createHash("sha256").update(text.replace(/\s+/g, " ").trim()).digest("hex");
}
