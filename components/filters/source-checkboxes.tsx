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
      {/* No scroll box: a ticked agency must never hide below the fold of a small box. */}
      <div className={layout === "wrap" ? "flex flex-wrap gap-x-4 gap-y-1" : "flex flex-col gap-1"}>
        {sources.map((s) => (
          <label key={s.id} className="flex items-start gap-2 text-sm">
            <input type="checkbox" className="mt-0.5 size-4 shrink-0" checked={ticked.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
            <span aria-hidden className="mt-1 inline-block size-3 shrink-0 rounded-sm" style={{ backgroundColor: s.color }} />
            <span className="min-w-0 break-words">
              {s.name} <span className="text-xs whitespace-nowrap text-slate-600">({s.claims})</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
