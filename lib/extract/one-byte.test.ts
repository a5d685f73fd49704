import { describe, expect, it } from "vitest";
import { oneByteCopy } from "./one-byte";

describe("oneByteCopy", () => {
  it("keeps the text of a slice cut from a text beyond Latin-1", () => {
    const article = "Selon Séoul, 11 000 soldats. Quelque 2\u202F600 hommes.";
    const sentence = article.slice(0, 28);
    expect(oneByteCopy(sentence)).toBe(sentence);
  });

  it("hands back a text beyond Latin-1 as it is", () => {
    const text = "l’ISW estime à 2\u202F600";
    expect(oneByteCopy(text)).toBe(text);
  });

  it("copies texts longer than one chunk whole", () => {
    const text = `${"é".repeat(5000)}x${"a".repeat(9000)}\u00A0`;
    expect(oneByteCopy(`${text}\u202F`.slice(0, text.length))).toBe(text);
    expect(oneByteCopy("")).toBe("");
  });
});
