// An HTML page turned into the article's plain text, with the metadata the
// page states about itself. Mozilla's Readability (Firefox's reader view)
// finds the main text; linkedom gives it a DOM without a browser. Only text
// leaves here: no script, style, frame or attribute reaches the stored
// article, and so none reaches the screen.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface PageMetadata {
  title: string | null;
  publisher: string | null;
  published: string | null; // ISO day
  publishedFrom: string | null; // which metadata gave the date
  language: string | null;
  url: string | null;
}

export type HtmlArticle = { ok: true; text: string; metadata: PageMetadata } | { ok: false; reason: string };

const NEVER_TEXT = "script, style, noscript, template, iframe, frame, frameset, object, embed, svg, math, canvas, form, button, select, textarea";
const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, td, th, dt, dd";

/** Looks at the bytes' text, not the file's name: a page starts with a doctype or an html/head/body tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  return /^(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--[\s\S]*?-->\s*<(!doctype html|html))/.test(head);
}

function meta(document: Document, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute("content")?.trim();
    if (value) return value;
  }
  return null;
}

type JsonLd = { datePublished?: unknown; publisher?: { name?: unknown } | unknown; headline?: unknown; "@graph"?: unknown };

function jsonLdItems(document: Document): JsonLd[] {
  const items: JsonLd[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? "");
      const list = Array.isArray(parsed) ? parsed : [parsed];
      for (const item of list) {
        if (item && typeof item === "object") items.push(item as JsonLd, ...((Array.isArray((item as JsonLd)["@graph"]) ? (item as JsonLd)["@graph"] : []) as JsonLd[]));
      }
    } catch {
      // A page's broken JSON-LD says nothing about the article: the other metadata still count.
    }
  }
  return items;
}

const isoDayOf = (value: string | null | undefined) => {
  const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value.trim()) : null;
  return match && !Number.isNaN(Date.parse(`${match[1]}T00:00:00Z`)) ? match[1]! : null;
};

function readMetadata(document: Document): PageMetadata {
  const ld = jsonLdItems(document);
  const ldDate = ld.map((i) => (typeof i.datePublished === "string" ? i.datePublished : null)).find(Boolean) ?? null;
  const ldPublisher = ld.map((i) => (i.publisher && typeof i.publisher === "object" && typeof (i.publisher as { name?: unknown }).name === "string" ? ((i.publisher as { name: string }).name) : null)).find(Boolean) ?? null;
  const metaDate = meta(document, 'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="DC.date.issued"]', 'meta[name="pubdate"]');
  const timeDate = document.querySelector("time[datetime]")?.getAttribute("datetime") ?? null;
  const dates: [string | null, string][] = [[metaDate, "the page's published-time metadata"], [ldDate, "the page's structured data (datePublished)"], [timeDate, "the page's <time> element"]];
  const [published, publishedFrom] = dates.map(([v, from]) => [isoDayOf(v), from] as const).find(([v]) => v) ?? [null, null];
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(document, 'meta[property="og:url"]');
  return {
    title: meta(document, 'meta[property="og:title"]', 'meta[name="twitter:title"]') ?? (document.querySelector("title")?.textContent?.trim() || null),
    publisher: meta(document, 'meta[property="og:site_name"]', 'meta[name="publisher"]', 'meta[name="application-name"]') ?? ldPublisher,
    published,
    publishedFrom: published ? publishedFrom : null,
    language: document.documentElement?.getAttribute("lang")?.trim().slice(0, 2).toLowerCase() || null,
    url: canonical && /^https?:\/\//i.test(canonical) ? canonical : null,
  };
}

/** The text of each block of the main content, one paragraph a block, white space folded. */
function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  document.querySelectorAll(NEVER_TEXT).forEach((el) => el.remove());
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const parts = (blocks.length ? blocks : [document.body]).map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim()).filter(Boolean);
  return parts.join("\n\n");
}

export function readHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const metadata = readMetadata(document);
  document.querySelectorAll(NEVER_TEXT).forEach((el) => el.remove());
  let content: string | null = null;
  try {
    content = new Readability(document as unknown as Document, { charThreshold: 100 }).parse()?.content ?? null;
  } catch {
    content = null;
  }
  const text = blockText(content ?? document.body?.innerHTML ?? "");
  if (text.length < 40) return { ok: false, reason: "the page has no article text that could be found (save the article's text as .txt instead)" };
  return { ok: true, text, metadata };
}
