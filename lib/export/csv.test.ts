import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS } from "./columns";
import { CSV_BOM, csvCell, csvChunks, csvRow } from "./csv";
import { batchesOf, collect, exportRow } from "./fixtures";
import { textStream } from "./text-stream";

describe("csvCell", () => {
  it("quotes quotes, commas and line breaks (RFC 4180)", () => {
    expect(csvCell('il a dit "non"')).toBe('"il a dit ""non"""');
    expect(csvCell("11 000, selon Kiev")).toBe('"11 000, selon Kiev"');
    expect(csvCell("ligne 1\nligne 2")).toBe('"ligne 1\nligne 2"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell("plain")).toBe("plain");
  });

  it.each([
    ["=SUM(A1)", "'=SUM(A1)"],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@cmd", "'@cmd"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", '"\'\rcmd"'],
    ["=1,2", '"\'=1,2"'],
  ])("neutralises the formula %j in a text cell", (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it("writes numbers as bare numbers, negative ones included", () => {
    expect(csvCell(11000)).toBe("11000");
    expect(csvCell(-2)).toBe("-2");
    expect(csvCell(2.5)).toBe("2.5");
  });

  it("writes null and non-finite numbers as empty cells", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("keeps accents and typographic punctuation as they are", () => {
    expect(csvCell("l’armée «nord-coréenne» déployée")).toBe("l’armée «nord-coréenne» déployée");
  });
});

describe("csvRow", () => {
  it("joins cells with commas and ends with CRLF", () => {
    expect(csvRow(["a", 1, null, "b,c"])).toBe('a,1,,"b,c"\r\n');
  });
});

describe("the CSV document", () => {
  const item = exportRow({ quote: "=HYPERLINK(\"x\")", measure: "soldats «d’élite»" });

  it("starts with the BOM and a header in column order", async () => {
    const text = await collect(csvChunks(batchesOf([item])));
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.slice(1).split("\r\n")[0]).toBe(EXPORT_COLUMNS.join(","));
  });

  it("writes one line per claim, numbers unquoted, formulas neutralised", async () => {
    const text = await collect(csvChunks(batchesOf([item], [], [exportRow({ id: 8 })])));
    const lines = text.slice(1).split("\r\n");
    expect(lines).toHaveLength(4); // header, two claims, and the empty string after the last CRLF
    expect(lines[3]).toBe("");
    expect(lines[1]).toMatch(/^7,deployed-north-korean-russia,North Korean troops in Russia,gur,GUR,"about 11,000",,11000,,approx,/);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]).toContain("soldats «d’élite»");
    expect(lines[1]).toMatch(/,10,32,unreviewed,,,11000,,gur,GUR$/);
    expect(lines[2]).toMatch(/^8,/);
  });

  it("survives the byte stream with accents and the BOM intact", async () => {
    const stream = textStream(csvChunks(batchesOf([item])), () => {});
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes)).toContain("«d’élite»");
  });
});
