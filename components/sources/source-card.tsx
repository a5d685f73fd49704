"use client";

import Link from "next/link";
import type { DrawnSourceCard } from "@/lib/comparison/drawn";
import { STANDING_WORDS, type Standing } from "@/lib/standing/source-standing";

const STANDING_STYLE: Record<Standing, string> = {
  denies: "bg-red-100 text-red-900",
  above: "bg-orange-100 text-orange-900",
  below: "bg-sky-100 text-sky-900",
  within: "bg-emerald-100 text-emerald-900",
  alone: "bg-slate-100 text-slate-800",
  "no figure": "bg-slate-100 text-slate-800",
};

const CARD_TABLE = [
  "mt-3 w-full text-left text-sm",
  "[&_tbody_tr]:border-t [&_tbody_tr]:border-slate-100 [&_tbody_tr]:align-top [&_td]:py-1 [&_td:not(:last-child)]:pr-2",
  "[&_td_a]:text-blue-800 [&_td_a:hover]:underline [&_td:nth-child(2)]:tabular-nums sm:[&_td:nth-child(2)]:whitespace-nowrap",
  "[&_td>span]:rounded [&_td>span]:px-2 [&_td>span]:py-0.5 [&_td>span]:text-xs [&_td>span]:font-medium",
  "[&_small]:block [&_small]:text-xs [&_small]:text-slate-500",
].join(" ");

/** A source's latest figure on each question and where it stands. A client component so that the page carries the rows' words, not their markup a second time. */
export function SourceCard({ source }: { source: DrawnSourceCard }) {
  return (
    <section aria-labelledby={`source-${source.id}`} className="rounded border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`source-${source.id}`} className="text-lg font-semibold">{source.name}</h2>
        <Link prefetch={false} href={`/claims?source=${encodeURIComponent(source.id)}`} className="text-sm text-blue-800 underline">
          {source.claims}
        </Link>
      </div>
      <p className="text-sm text-slate-600">{source.about}</p>
      {source.aliases.length > 0 && <p className="text-sm text-slate-600">Also named: {source.aliases.join(", ")}</p>}
      {/* Cells are styled from the table: two dozen cards of two dozen rows would otherwise repeat each cell's classes hundreds of times in the page. */}
      <table className={CARD_TABLE}>
        <caption className="sr-only">{`${source.name}: latest figure per question`}</caption>
        <thead className="text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-2">Question</th>
            <th scope="col" className="py-1 pr-2">Latest figure</th>
            <th scope="col" className="py-1">Against the others</th>
          </tr>
        </thead>
        <tbody>
          {source.positions.map((p) => (
            <tr key={p.questionId}>
              <td>
                <Link prefetch={false} href={`/questions/${encodeURIComponent(p.questionId)}`}>{p.questionLabel}</Link>
              </td>
              <td>
                {p.figure}
                {p.date && <small>{p.date}</small>}
              </td>
              <td>
                <span className={STANDING_STYLE[p.standing]}>{STANDING_WORDS[p.standing]}</span>
                {p.consensus && <small>{p.consensus}</small>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
