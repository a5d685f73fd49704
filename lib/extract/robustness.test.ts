import { describe, expect, it } from "vitest";
import { extractedClaimSchema, type Language } from "../claims/claim";
import { extractClaims } from "./index";

function run(text: string, language: Language = "fr") {
  const claims = extractClaims({ file: "t.txt", text, language, published: "2024-10-23" });
  for (const c of claims) expect(() => extractedClaimSchema.parse(c)).not.toThrow();
  return claims;
}

function junk(length: number, seed = 7): string {
  let s = seed;
  const chars: string[] = [];
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    chars.push(String.fromCharCode(s % 0xd7ff));
  }
  return chars.join("");
}

const HOSTILE: [string, () => string][] = [
  ["empty text", () => ""],
  ["only spaces and newlines", () => " \n\n\u00A0\u202F \n".repeat(1000)],
  ["binary junk", () => junk(200_000)],
  ["100,000 digits and spaces on one line", () => "1 2 34 567 8901 ".repeat(6250)],
  ["100,000 digits with no space", () => "9".repeat(100_000)],
  ["digits grouped by spaces forever", () => `${"123 ".repeat(25_000)}soldats`],
  ["a long run of number words", () => "deux mille ".repeat(10_000)],
  ["a long run of modifiers", () => `${"près de ".repeat(10_000)}10 000 soldats`],
  ["a long run of spaces before a date", () => `d'ici${" ".repeat(50_000)}fin novembre 10 000 soldats`],
];

describe("hostile input finishes and returns claims that validate", () => {
  it.each(HOSTILE)("%s", (_name, make) => {
    expect(Array.isArray(run(make()))).toBe(true);
    expect(Array.isArray(run(make(), "en"))).toBe(true);
  });

  it("10 MB of article text", () => {
    const paragraph =
      "Selon le renseignement militaire ukrainien, environ 10 000 soldats nord-coréens se trouvent en Russie. " +
      "Le 19 juin 2024, les deux pays ont signé un accord à 100 km de la frontière.\n";
    const text = paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length));
    const claims = run(text);
    // One figure from one source, repeated: one claim with many mentions.
    expect(claims).toHaveLength(1);
    expect(claims[0]?.mentions.length).toBeGreaterThan(10_000);
    // A bound that catches a run that never ends, not a speed check (that is bench:extract's): 40 s quiet, over 250 s on a shared machine.
  }, 400_000);
});
