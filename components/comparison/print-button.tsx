"use client";

export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded border border-slate-300 bg-white px-2 py-1 text-sm text-blue-800 hover:bg-slate-100 print:hidden">
      Print or save as PDF
    </button>
  );
}
