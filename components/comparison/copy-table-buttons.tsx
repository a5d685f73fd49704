"use client";
import { useState } from "react";

type Copied = "markdown" | "html" | "failed" | null;

const SAID: Record<Exclude<Copied, null>, string> = {
  markdown: "Copied as Markdown.",
  html: "Copied as a table: paste it into a document.",
  failed: "The browser refused the clipboard: download the file instead.",
};

/** The table in one format from its API, as a clipboard entry of `type`. */
async function tableAs(url: string, format: "md" | "html", type: string): Promise<Blob> {
  const response = await fetch(url.replace("format=FORMAT", `format=${format}`));
  if (!response.ok) throw new Error(`the table could not be read (${response.status})`);
  return new Blob([await response.text()], { type });
}

/**
 * Copies the table as Markdown, or as HTML that a word processor pastes as a
 * real table. The text is fetched on the click, from the same route as the
 * downloads, rather than sent inside every page twice over; the clipboard
 * entry takes the pending text, so the click still counts as the user's.
 */
export function CopyTableButtons({ url }: { url: string }) {
  const [copied, setCopied] = useState<Copied>(null);
  async function copy(kind: "markdown" | "html") {
    try {
      const markdown = tableAs(url, "md", "text/plain");
      const item: Record<string, Promise<Blob>> = kind === "markdown" ? { "text/plain": markdown } : { "text/html": tableAs(url, "html", "text/html"), "text/plain": markdown };
      await navigator.clipboard.write([new ClipboardItem(item)]);
      setCopied(kind);
    } catch {
      setCopied("failed");
    }
  }
  const button = "rounded border border-slate-300 bg-white px-2 py-1 text-blue-800 hover:bg-slate-100";
  return (
    <span className="flex flex-wrap items-center gap-2">
      <button type="button" className={button} onClick={() => copy("markdown")}>Copy as Markdown</button>
      <button type="button" className={button} onClick={() => copy("html")}>Copy as a table</button>
      <span role="status" className="text-slate-600">{copied ? SAID[copied] : ""}</span>
    </span>
  );
}
