import { describe, expect, it } from "vitest";
import { parseCorpusArgs } from "./args";

describe("parseCorpusArgs", () => {
  it("reads the options and defaults the seed and folder", () => {
    expect(parseCorpusArgs(["--articles", "20", "--seed", "3"])).toEqual({ ok: true, options: { articles: 20, seed: 3, out: "corpora/20-3" } });
    expect(parseCorpusArgs(["--articles", "5", "--out", "/tmp/x"])).toEqual({ ok: true, options: { articles: 5, seed: 1, out: "/tmp/x" } });
  });

  it.each([
    [["--articles", "abc"], "--articles must be a positive whole number"],
    [["--articles", "0"], "--articles must be a positive whole number"],
    [["--articles", "2.5"], "--articles must be a positive whole number"],
    [["--articles", "10", "--seed", "x"], "--seed must be a positive whole number"],
    [["--articles", "2000000"], "--articles must be at most 1000000"],
    [[], "--articles is required"],
    [["--articles", "3", "--nope"], "Unknown option '--nope'"],
  ])("refuses %j", (argv, message) => {
    const parsed = parseCorpusArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});
