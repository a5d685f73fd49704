"use client";

import { useId, useState } from "react";
import { CATEGORIES, DATE_PRECISIONS, QUALIFIERS, STANCES } from "@/lib/claims/vocabulary";
import { categoryWords } from "@/lib/format/words";
import type { ClaimFields } from "@/lib/review/decisions";
import type { SourceChoice } from "./reviewable-claim";

const NEW_SOURCE = "__new__";
const NO_SOURCE = "";

const input = "w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm";
const label = "flex flex-col gap-0.5 text-xs font-medium text-slate-700";

const numberOrNull = (text: string) => (text.trim() === "" ? null : Number(text.replace(/[\s,\u00a0\u202f]/g, "")));
const textOrNull = (text: string) => (text.trim() === "" ? null : text.trim());

interface Props {
  initial: ClaimFields;
  sources: SourceChoice[];
  submitLabel: string;
  pending: boolean;
  onSubmit: (fields: ClaimFields, note: string) => void;
  onCancel?: () => void;
}

/** Every field of a claim, as an analyst corrects it or describes a claim the machine missed. */
export function ClaimFieldsForm({ initial, sources, submitLabel, pending, onSubmit, onCancel }: Props) {
  const id = useId();
  const [v, setV] = useState({
    low: initial.value.low?.toString() ?? "",
    best: initial.value.best?.toString() ?? "",
    high: initial.value.high?.toString() ?? "",
    qualifier: initial.qualifier,
    unit: initial.unit,
    category: initial.category,
    measure: initial.measure,
    subject: initial.subject ?? "",
    place: initial.scope.place ?? "",
    group: initial.scope.group ?? "",
    state: initial.scope.state ?? "",
    source: initial.source?.id ?? NO_SOURCE,
    newSource: "",
    asOf: initial.asOf ?? "",
    asOfPrecision: initial.asOfPrecision ?? "",
    stance: initial.stance,
    note: "",
  });
  const set = (key: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setV({ ...v, [key]: e.target.value });
  const known = sources.some((s) => s.id === initial.source?.id);
  const options = known || !initial.source ? sources : [{ id: initial.source.id, name: initial.source.name }, ...sources];

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const source =
      v.source === NEW_SOURCE ? { id: "", name: v.newSource.trim() } : v.source === NO_SOURCE ? null : (options.find((s) => s.id === v.source) ?? null);
    onSubmit(
      {
        value: { low: numberOrNull(v.low), best: numberOrNull(v.best), high: numberOrNull(v.high) },
        qualifier: v.qualifier,
        unit: v.unit.trim(),
        category: v.category,
        measure: v.measure.trim(),
        subject: textOrNull(v.subject),
        scope: { place: textOrNull(v.place), group: textOrNull(v.group), state: textOrNull(v.state) },
        source,
        asOf: textOrNull(v.asOf),
        asOfPrecision: (v.asOfPrecision || null) as ClaimFields["asOfPrecision"],
        stance: v.stance,
      },
      v.note,
    );
  }

  return (
    <form onSubmit={submit} aria-label={submitLabel} className="grid gap-2 text-sm">
      <fieldset className="grid grid-cols-3 gap-2">
        <legend className="mb-1 text-xs font-semibold text-slate-700">Figure</legend>
        <label className={label}>Low<input className={input} inputMode="decimal" value={v.low} onChange={set("low")} /></label>
        <label className={label}>Best<input className={input} inputMode="decimal" value={v.best} onChange={set("best")} /></label>
        <label className={label}>High<input className={input} inputMode="decimal" value={v.high} onChange={set("high")} /></label>
      </fieldset>
      <div className="grid grid-cols-2 gap-2">
        <label className={label}>Qualifier
          <select className={input} value={v.qualifier} onChange={set("qualifier")}>{QUALIFIERS.map((q) => <option key={q} value={q}>{q.replace("_", " ")}</option>)}</select>
        </label>
        <label className={label}>Stance
          <select className={input} value={v.stance} onChange={set("stance")}>{STANCES.map((s) => <option key={s} value={s}>{s}</option>)}</select>
        </label>
        <label className={label}>Unit<input className={input} value={v.unit} onChange={set("unit")} required /></label>
        <label className={label}>Category
          <select className={input} value={v.category} onChange={set("category")}>{CATEGORIES.map((c) => <option key={c} value={c}>{categoryWords(c)}</option>)}</select>
        </label>
      </div>
      <label className={label}>What is counted<input className={input} value={v.measure} onChange={set("measure")} required /></label>
      <div className="grid grid-cols-2 gap-2">
        <label className={label}>Whose (subject)<input className={input} value={v.subject} onChange={set("subject")} /></label>
        <label className={label}>Place<input className={input} value={v.place} onChange={set("place")} /></label>
        <label className={label}>Part of the whole<input className={input} value={v.group} onChange={set("group")} /></label>
        <label className={label}>State<input className={input} value={v.state} onChange={set("state")} /></label>
      </div>
      <label className={label} htmlFor={`${id}-source`}>Source</label>
      <select id={`${id}-source`} className={input} value={v.source} onChange={set("source")}>
        <option value={NO_SOURCE}>The article’s own voice (no source)</option>
        {options.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        <option value={NEW_SOURCE}>A source not in the list…</option>
      </select>
      {v.source === NEW_SOURCE && <label className={label}>Name of the new source<input className={input} value={v.newSource} onChange={set("newSource")} required /></label>}
      <div className="grid grid-cols-2 gap-2">
        <label className={label}>As of (YYYY, YYYY-MM or YYYY-MM-DD)<input className={input} value={v.asOf} onChange={set("asOf")} pattern="\d{4}(-\d{2}(-\d{2})?)?" /></label>
        <label className={label}>Date precision
          <select className={input} value={v.asOfPrecision} onChange={set("asOfPrecision")}>
            <option value="">not stated</option>
            {DATE_PRECISIONS.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
      </div>
      <label className={label}>Note (optional)<textarea className={input} rows={2} value={v.note} onChange={set("note")} /></label>
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className="rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60">{submitLabel}</button>
        {onCancel && <button type="button" onClick={onCancel} className="rounded border border-slate-300 px-3 py-1 text-sm">Cancel</button>}
      </div>
    </form>
  );
}
