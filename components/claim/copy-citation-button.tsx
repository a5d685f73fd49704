"use client";

import { useState } from "react";

/** Copies the citation as plain text and says so; where the clipboard is refused, says to select the text instead. */
export function CopyCitationButton({ text }: { text: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }
  return (
    <div className="flex items-center gap-3 text-sm">
      <button type="button" onClick={copy} className="rounded border border-slate-300 bg-white px-3 py-1 font-medium text-blue-800 hover:bg-slate-100">
        Copy citation
      </button>
      <span role="status" className="text-slate-600">
        {status === "copied" ? "Citation copied." : status === "failed" ? "The browser refused to copy: select the text above and copy it." : ""}
      </span>
    </div>
  );
}
