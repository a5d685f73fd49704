import { describe, expect, it } from "vitest";
import { readArticleBytes } from "./read-article";

const ARTICLE = "Selon Séoul, 3 000 soldats nord-coréens sont en Russie.\n";
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, endian: "le" | "be", bom = true) => {
  const bytes: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    bytes.push(...(endian === "le" ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return Uint8Array.from(bytes);
};

describe("readArticleBytes", () => {
  it("reads UTF-8 and drops a leading byte-order mark", () => {
    const read = readArticleBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(ARTICLE)]));
    expect(read).toMatchObject({ ok: true, text: ARTICLE });
  });

  it.each(["le", "be"] as const)("reads UTF-16%s with a byte-order mark as the same text", (endian) => {
    const read = readArticleBytes(utf16(ARTICLE, endian));
    expect(read).toEqual(readArticleBytes(utf8(ARTICLE)));
  });

  it("names UTF-16 without a byte-order mark instead of calling it binary", () => {
    expect(readArticleBytes(utf16(ARTICLE, "le", false))).toEqual({ ok: false, reason: expect.stringMatching(/^file looks like UTF-16 without a byte-order mark/) });
  });

  it("refuses a NUL byte anywhere, not only in the first 8 KiB, and says where", () => {
    const text = `${ARTICLE.repeat(400)}\u0000${ARTICLE}`;
    const at = utf8(ARTICLE.repeat(400)).length;
    expect(at).toBeGreaterThan(8192);
    expect(readArticleBytes(utf8(text))).toEqual({ ok: false, reason: expect.stringContaining(`a NUL byte at byte ${at}`) });
  });

  it("refuses a NUL character inside UTF-16 text", () => {
    expect(readArticleBytes(utf16(`${ARTICLE}\u0000`, "le"))).toEqual({ ok: false, reason: expect.stringContaining("a NUL character") });
  });

  it.each([
    ["nothing", new Uint8Array(), /empty/],
    ["white space only", utf8(" \n\t\r\n "), /empty/],
    ["Latin-1", Uint8Array.from([0x53, 0xe9, 0x6f, 0x75, 0x6c]), /not valid UTF-8/],
    ["a truncated UTF-16 text", utf16(ARTICLE, "le").subarray(0, 9), /not valid UTF-16LE/],
    ["control characters", utf8("\u0001\u0002\u0003\u0004abc"), /looks binary/],
  ])("refuses %s with a reason", (_label, bytes, reason) => {
    const read = readArticleBytes(bytes);
    expect(read.ok).toBe(false);
    expect(read.ok ? "" : read.reason).toMatch(reason);
  });

  it("refuses a file over the limit before decoding it", () => {
    expect(readArticleBytes(utf8(ARTICLE), 10)).toEqual({ ok: false, reason: expect.stringMatching(/the limit is 10 bytes/) });
  });
});
