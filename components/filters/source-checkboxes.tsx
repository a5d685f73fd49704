"use client";

interface Props {
  sources: { id: string; name: string; claims: number }[];
  selected: string[];
  onChange: (ids: string[]) => void;
}

export function SourceCheckboxes({ sources, selected, onChange }: Props) {
  function toggle(id: string, checked: boolean) {
    onChange(checked ? [...selected, id] : selected.filter((s) => s !== id));
  }
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 text-sm font-medium">Source agency</legend>
      {sources.length === 0 && <p className="text-sm text-slate-500">No attributed claims yet.</p>}
      <div className="flex max-h-48 flex-col gap-1 overflow-y-auto pr-2">
        {sources.map((s) => (
          <label key={s.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" checked={selected.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
            <span>{s.name}</span>
            <span className="text-xs text-slate-500">({s.claims})</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
