import { describe, expect, it } from "vitest";
import { AGENCIES } from "./agencies";
import { aliasStartFinder, mayOpenAt, plainOpening } from "./alias-starts";

/** The regex of all keys the finder stands in for, scanned the plain way. */
function regexStarts(keys: string[], text: string): [number, number][] {
  const escaped = keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’ʼ]"));
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.sort((a, b) => b.length - a.length).join("|")})`, "giu");
  return [...text.matchAll(regex)].map((m) => [m.index, m[0].length]);
}

function finderStarts(keys: string[], text: string): [number, number][] {
  const next = aliasStartFinder(keys);
  const out: [number, number][] = [];
  for (let found = next(text, 0); found; found = next(text, found.index + found.length)) out.push([found.index, found.length]);
  return out;
}

const AGENCY_KEYS = [...new Set(AGENCIES.flatMap((a) => [...a.aliases.fr, ...a.aliases.en, ...a.people]).map((alias) => alias.slice(0, 3).toLowerCase()))];

const TEXTS = [
  "Selon le renseignement militaire ukrainien (GUR), 3 000 soldats nord-coréens sont en Russie.",
  "L’OTAN, l'Otan et lʼOTAN ; U.S. officials and US officials; the UN and l’UE.",
  "ÉTAT-MAJOR, État-major, ÉTAT\u00A0major, Étab, «Kyiv», —Kyiv, 3Kyiv, Kyiv3.",
  // Characters whose case folding differs from their lowercase, and ones outside the plain range.
  "ſervices, ſſer, Ser, KYIV (Kelvin), İstanbul, ıstanbul, Œuvre, ŁUKASZ, Ωmega.",
  "Emoji 😀Kyiv and 😀 Kyiv, 𝐒eoul, tail Ky",
  "u.s u.sa U.S us\u00A0 un\u202Fet UN.",
  "",
];

describe("aliasStartFinder", () => {
  it.each(TEXTS)("finds what the regex of all keys finds: %s", (text) => {
    expect(finderStarts(AGENCY_KEYS, text)).toEqual(regexStarts(AGENCY_KEYS, text));
  });

  it("resumes from any offset, even inside a word", () => {
    const text = TEXTS[0] as string;
    const next = aliasStartFinder(AGENCY_KEYS);
    for (let from = 0; from < text.length; from++) {
      const expected = regexStarts(AGENCY_KEYS, text).find(([index]) => index >= from) ?? null;
      const found = next(text, from);
      expect(found && [found.index, found.length]).toEqual(expected);
    }
  });

  it("gives a key only where the text there, lowercased with typographic apostrophes as ', is that key", () => {
    const next = aliasStartFinder(AGENCY_KEYS);
    let given = 0;
    for (const text of TEXTS) {
      for (let found = next(text, 0); found; found = next(text, found.index + found.length)) {
        if (found.key === undefined) continue;
        given++;
        expect(found.length).toBe(3);
        expect(AGENCY_KEYS).toContain(found.key);
        expect(text.slice(found.index, found.index + 3).toLowerCase().replace(/[’ʼ]/g, "'")).toBe(found.key);
      }
    }
    expect(given).toBeGreaterThan(0);
  });

  it("falls back to the regex for keys it cannot read directly", () => {
    const keys = ["l’o", "x", "ser", "kyi"];
    for (const text of TEXTS) expect(finderStarts(keys, text)).toEqual(regexStarts(keys, text));
  });
});

describe("mayOpenAt", () => {
  it("rules out only what cannot match regardless of case", () => {
    expect(mayOpenAt("Ukrainian army", 0, plainOpening("Ukrainian army"))).toBe(true);
    expect(mayOpenAt("UKRAINE's army", 0, plainOpening("Ukrainian army"))).toBe(false);
    expect(mayOpenAt("nord-coréens", 0, plainOpening("North Korea"))).toBe(false);
    // Past the plain letters, the pattern decides.
    expect(mayOpenAt("ſervices", 0, plainOpening("services"))).toBe(true);
    expect(mayOpenAt("Ukr", 0, plainOpening("Ukrainian army"))).toBe(true);
  });
});
