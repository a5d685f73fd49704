"use client";

import { useState } from "react";

export interface SourceOption {
  id: string;
  name: string;
  claims: number;
  /** The agency's colour in the charts, shown as a swatch. */
  color: string;
}

interface Props {
  legend: string;
  sources: SourceOption[];
  /** The sources the URL selects: the truth, which the boxes follow. */
  selected: string[];
  onChange: (ids: string[]) => void;
  layout?: "column" | "wrap";
}

/** A box per agency. Ticks show at once, before the page has reloaded with the new URL. */
export function SourceCheckboxes({ legend, sources, selected, onChange, layout = "column" }: Props) {
  const [ticked, setTicked] = useState(selected);
  const [shown, setShown] = useState(selected);
  if (selected !== shown) {
    setShown(selected);
    setTicked(selected);
  }
  function toggle(id: string, checked: boolean) {
    const next = checked ? [...ticked, id] : ticked.filter((s) => s !== id);
    setTicked(next);
    onChange(next);
  }
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-sm font-medium">{legend}</legend>
      {sources.length === 0 && <p className="text-sm text-slate-600">No attributed claims yet.</p>}
      <div className={layout === "wrap" ? "flex flex-wrap gap-x-4 gap-y-1" : "flex max-h-48 flex-col gap-1 overflow-y-auto pr-2"}>
        {sources.map((s) => (
          <label key={s.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" checked={ticked.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
            <span aria-hidden className="inline-block size-3 rounded-sm" style={{ backgroundColor: s.color }} />
            <span>{s.name}</span>
            <span className="text-xs text-slate-600">({s.claims})</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
