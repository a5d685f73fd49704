import { describe, expect, it } from "vitest";
import { parseManifest } from "./manifest";

describe("manifest URLs", () => {
  it.each(["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://example.org/a"])("refuses %s: only http and https", (url) => {
    const parsed = parseManifest(JSON.stringify([{ file: "a.txt", url }]));
    expect(parsed.entries.has("a.txt")).toBe(false);
    expect(parsed.invalid.get("a.txt")).toMatch(/url must be an http or https address/);
  });

  it.each(["https://example.org/a?b=c", "http://example.org/"])("keeps %s", (url) => {
    expect(parseManifest(JSON.stringify([{ file: "a.txt", url }])).entries.get("a.txt")?.url).toBe(url);
  });
});
