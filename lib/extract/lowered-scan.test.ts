import { describe, expect, it } from "vitest";
import { lexiconFor } from "./lexicon";
import { FOLDED_APART, loweredAlike, lowercasesAlike } from "./lowered-scan";
import { wordAlternatives, wordNumberPattern } from "./numbers/words";
import { allWordMatches, phraseAlternation, phraseScanner, withLoweredTwin } from "./text";

/** Every match of the phrases' case-insensitive regex, as the scanners were read before their lowered twins. */
function insensitive(phrases: readonly string[], text: string): [number, string][] {
  return [...text.matchAll(new RegExp(phraseAlternation(phrases), "giu"))].map((m) => [m.index, m[0]]);
}

function scanned(phrases: readonly string[], text: string): [number, string][] {
  return allWordMatches(phraseScanner(phrases), text).map((m) => [m.start, m.text]);
}

describe("phrase scanners read the lowered text where it matches alike", () => {
  it.each([
    ["capitals", ["selon"], "SELON le Pentagone, Selon Kiev, selon Séoul."],
    ["a capitalised phrase", ["Corée du Nord"], "la CORÉE DU NORD et la corée du nord"],
    ["accents", ["état grave"], "dans un ÉTAT GRAVE, un État grave"],
    ["a stem", ["interpell*"], "INTERPELLÉS, interpellations"],
    ["a dotted capital I lengthens the lowercase: the text is scanned as written", ["selon"], "İstanbul, SELON la police, selon İzmir"],
    ["the long s folds to s: the text is scanned as written", ["sans fondement"], "Un chiffre ſans fondement, SANS FONDEMENT."],
    ["a final sigma", ["selon"], "ΟΔΟΣ selon"],
    ["no match", ["selon"], "D'après la police."],
  ])("%s", (_name, phrases, text) => {
    expect(scanned(phrases, text)).toEqual(insensitive(phrases, text));
  });

  it("keeps the text's own letters in a match", () => {
    expect(scanned(["selon"], "SELON eux")).toEqual([[0, "SELON"]]);
  });

  it.each([
    ["fr", lexiconFor("fr")],
    ["en", lexiconFor("en")],
  ])("every %s category cue finds in capitals what it finds as written", (_language, lexicon) => {
    const cues = Object.values(lexicon.categoryCues).flat();
    const text = cues.map((c) => `${c.replace(/\*$/, "")} · ${c.replace(/\*$/, "").toUpperCase()}`).join(" | ");
    expect(scanned(cues, text)).toEqual(insensitive(cues, text));
  });
});

describe("loweredAlike", () => {
  it.each([
    ["a plain text", "Selon la Police", "selon la police"],
    ["a dotted capital I, two units lowercased", "İstanbul", null],
    ["the long s", "ſans", null],
    ["the micro sign", "5 µg", null],
    ["a final sigma", "ΟΔΟΣ", null],
  ])("%s", (_name, text, lowered) => {
    expect(loweredAlike(text)).toBe(lowered);
  });
});

/** Whether a case-insensitive Unicode regex matches `b` for the letter `a`. */
function foldsAlike(a: string, b: string): boolean {
  return new RegExp(`^${a.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")}$`, "iu").test(b);
}

describe("FOLDED_APART", () => {
  it("holds one side of every pair of characters that case folding and toLowerCase tell apart differently", () => {
    const byLower = new Map<string, string[]>();
    const cased: string[] = [];
    const shortened: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const lower = c.toLowerCase();
      if (lower.length < c.length) shortened.push(c);
      if (lower === c && c.toUpperCase() === c) continue;
      cased.push(c);
      const kin = byLower.get(lower);
      if (kin) kin.push(c);
      else byLower.set(lower, [c]);
    }
    // Lowercasing never shortens a character, so a text of the same length lowercased kept every one's.
    expect(shortened).toEqual([]);
    const missed: string[] = [];
    for (const c of cased) {
      const upper = c.toUpperCase();
      const kin = new Set([...(byLower.get(c.toLowerCase()) ?? []), ...(byLower.get(upper.toLowerCase()) ?? []), ...(byLower.get(upper) ?? []), upper]);
      for (const d of kin) {
        if ([...d].length !== 1 || !lowercasesAlike(c) || !lowercasesAlike(d)) continue;
        if (foldsAlike(c, d) !== (c.toLowerCase() === d.toLowerCase())) missed.push(`${c}/${d}`);
      }
    }
    expect(missed).toEqual([]);
    // Caseless characters that fold to a letter (U+0345 to ι) are in it too, so a letter class reads them alike.
    expect(FOLDED_APART.test("\u0345")).toBe(true);
  });
});

describe("number words scanned lowered", () => {
  it.each([
    ["fr", "DEUX CENTS soldats, Mille Cinq Cents hommes, deux mille ET un, quatre-vingts"],
    ["en", "TWO HUNDRED soldiers, One Thousand And Five, twenty-one, a dozen"],
    ["fr", "DEUX CENTS soldats à İzmir, Mille Cinq Cents hommes, quatre-vingts"],
  ] as const)("%s: the twin finds the runs the case-insensitive pattern finds", (language, text) => {
    const lexicon = lexiconFor(language);
    const phrases = [...wordAlternatives(lexicon), ...lexicon.numberJoiners];
    const pattern = wordNumberPattern(lexicon, false);
    const scanner = withLoweredTwin(new RegExp(pattern, "giu"), () => wordNumberPattern(lexicon, false, true), phrases);
    const expected = [...text.matchAll(new RegExp(wordNumberPattern(lexicon, true), "giu"))].map((m) => [m.index, m[0]]);
    expect(expected.length).toBeGreaterThan(2);
    expect(allWordMatches(scanner, text).map((m) => [m.start, m.text])).toEqual(expected);
  });
});
