"use client";
import { useState } from "react";

type Copied = "markdown" | "html" | "failed" | null;

const SAID: Record<Exclude<Copied, null>, string> = {
  markdown: "Copied as Markdown.",
  html: "Copied as a table: paste it into a document.",
  failed: "The browser refused the clipboard: download the file instead.",
};

/** Copies the table as Markdown, or as HTML that a word processor pastes as a real table. */
export function CopyTableButtons({ markdown, html }: { markdown: string; html: string }) {
  const [copied, setCopied] = useState<Copied>(null);
  async function copy(kind: "markdown" | "html") {
    try {
      if (kind === "markdown") await navigator.clipboard.writeText(markdown);
      else await navigator.clipboard.write([new ClipboardItem({ "text/html": new Blob([html], { type: "text/html" }), "text/plain": new Blob([markdown], { type: "text/plain" }) })]);
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
