"use client";

import Link from "next/link";
import { useState } from "react";
import { splitQuestionId } from "@/lib/review/vocabulary";
import { useReviewRequest } from "./use-review-request";

interface Choice {
  id: string;
  label: string;
}

interface Props {
  question: Choice;
  questions: Choice[];
  claims: { id: number; text: string }[];
}

const input = "rounded border border-slate-300 bg-white px-2 py-1 text-sm";
const button = "rounded border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium hover:bg-slate-50 disabled:opacity-60";

/** An analyst's decisions on a question: a better label, a merge into another, claims split out, and undo. */
export function QuestionReviewPanel({ question, questions, claims }: Props) {
  const { send, pending, outcome } = useReviewRequest();
  const [label, setLabel] = useState(question.label);
  const [into, setInto] = useState("");
  const [splitLabel, setSplitLabel] = useState("");
  const [picked, setPicked] = useState<number[]>([]);
  const [madeQuestion, setMadeQuestion] = useState<string | null>(null);
  const url = `/api/review/questions/${encodeURIComponent(question.id)}`;
  const others = questions.filter((q) => q.id !== question.id);

  async function split() {
    const result = await send(url, { action: "split", label: splitLabel, claimIds: picked }, "Split into a new question.");
    const decisionId = result.body?.decisionId;
    setMadeQuestion(result.ok && typeof decisionId === "number" ? splitQuestionId({ id: decisionId, questionId: question.id }) : null);
    if (result.ok) setPicked([]);
  }

  return (
    <section aria-label="Review this question" className="space-y-3 rounded border border-slate-200 bg-slate-50 p-4 text-sm">
      <h2 className="text-lg font-semibold">Review this question</h2>
      <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => (e.preventDefault(), send(url, { action: "rename", label }, "Renamed."))}>
        <label className="flex flex-col gap-0.5 font-medium">New label<input className={`${input} w-96 max-w-full`} value={label} onChange={(e) => setLabel(e.target.value)} required /></label>
        <button type="submit" disabled={pending || label.trim() === question.label} className={button}>Rename</button>
      </form>
      <form className="flex flex-wrap items-end gap-2" onSubmit={(e) => (e.preventDefault(), send(url, { action: "merge", into }, "Merged.", `/questions/${encodeURIComponent(into)}`))}>
        <label className="flex flex-col gap-0.5 font-medium">Same question as
          <select className={`${input} w-96 max-w-full`} value={into} onChange={(e) => setInto(e.target.value)} required>
            <option value="">Choose a question…</option>
            {others.map((q) => <option key={q.id} value={q.id}>{q.label}</option>)}
          </select>
        </label>
        <button type="submit" disabled={pending || !into} className={button}>Merge into it</button>
      </form>
      {claims.length > 1 && (
        <form className="space-y-1" onSubmit={(e) => (e.preventDefault(), split())}>
          <fieldset>
            <legend className="font-medium">Split these claims into a question of their own</legend>
            <ul className="max-h-40 overflow-y-auto">
              {claims.map((c) => (
                <li key={c.id}>
                  <label className="flex gap-2"><input type="checkbox" checked={picked.includes(c.id)} onChange={(e) => setPicked(e.target.checked ? [...picked, c.id] : picked.filter((id) => id !== c.id))} />{c.text}</label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="flex flex-wrap items-end gap-2">
            <label className="flex flex-col gap-0.5 font-medium">Label of the new question<input className={`${input} w-96 max-w-full`} value={splitLabel} onChange={(e) => setSplitLabel(e.target.value)} required /></label>
            <button type="submit" disabled={pending || picked.length === 0 || picked.length === claims.length} className={button}>Split</button>
          </div>
        </form>
      )}
      <button type="button" disabled={pending} onClick={() => send(`${url}/undo`, {}, "Last decision on this question undone.")} className={button}>Undo the last decision on this question</button>
      {outcome && <p role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "text-emerald-800" : "text-red-700"}>{outcome.message}</p>}
      {outcome?.ok && madeQuestion && <Link href={`/questions/${encodeURIComponent(madeQuestion)}`} className="text-blue-800 underline">Open the new question</Link>}
    </section>
  );
}
