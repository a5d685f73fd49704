import Link from "next/link";
import type { AuditLogEntry } from "@/db/read/review";
import { ACTION_LABELS, type DecisionAction } from "@/lib/review/vocabulary";
import { describeChange } from "@/lib/review/describe-change";

const cell = "px-3 py-2 align-top";

function articleOf(snapshot: string | null): number | null {
  const parsed = snapshot ? (JSON.parse(snapshot) as { articleId?: unknown }) : null;
  return typeof parsed?.articleId === "number" ? parsed.articleId : null;
}

function TargetLink({ entry }: { entry: AuditLogEntry }) {
  if (entry.target === "claim" && entry.claimId !== null) {
    const articleId = articleOf(entry.after) ?? articleOf(entry.before);
    const href = articleId !== null ? `/articles/${articleId}?claim=${entry.claimId}` : `/log?claim=${entry.claimId}`;
    return <Link prefetch={false} href={href} className="text-blue-800 hover:underline">claim {entry.claimId}</Link>;
  }
  if (entry.questionId) return <Link prefetch={false} href={`/questions/${encodeURIComponent(entry.questionId)}`} className="text-blue-800 hover:underline">{entry.questionId}</Link>;
  if (entry.sourceId) return <>source {entry.sourceId}</>;
  return <>{entry.target}</>;
}

/** Who changed what, when, with the state before and after and the note. */
export function AuditLogTable({ entries, caption }: { entries: AuditLogEntry[]; caption: string }) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">No decisions recorded yet.</p>;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full min-w-[720px] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className={cell}>When (UTC)</th>
            <th scope="col" className={cell}>Who</th>
            <th scope="col" className={cell}>What</th>
            <th scope="col" className={cell}>On</th>
            <th scope="col" className={cell}>Before → after</th>
            <th scope="col" className={cell}>Note</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-t border-slate-200">
              <td className={`${cell} whitespace-nowrap tabular-nums`}><time dateTime={e.at.toISOString()}>{e.at.toISOString().slice(0, 16).replace("T", " ")}</time></td>
              <td className={cell}>{e.userName}</td>
              <td className={cell}>{ACTION_LABELS[e.action as DecisionAction | "undo"] ?? e.action}</td>
              <td className={cell}><TargetLink entry={e} /></td>
              <td className={cell}>{describeChange(e.before, e.after)}</td>
              <td className={cell}>{e.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
