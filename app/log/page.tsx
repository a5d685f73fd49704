import type { Metadata } from "next";
import Link from "next/link";
import { AuditLogTable } from "@/components/review/audit-log-table";
import { OrphanedDecisions } from "@/components/review/orphaned-decisions";
import { IgnoredParamsNotice } from "@/components/ui/ignored-params-notice";
import { fetchAuditLog, fetchLogUsers, fetchOrphanedDecisions } from "@/db/read/review";
import type { SearchParamsRecord } from "@/lib/filters/claim-filters";
import { LOG_ACTIONS, LOG_FILTER_HELP, LOG_PAGE_SIZE, parseLogFilters } from "@/lib/review/log-filters";
import { ACTION_LABELS } from "@/lib/review/vocabulary";

export const metadata: Metadata = { title: "Review log" };
export const dynamic = "force-dynamic";

const field = "rounded border border-slate-300 bg-white px-2 py-1 text-sm";
const label = "flex flex-col gap-1 text-sm font-medium";

export default async function LogPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const { filters, ignored } = parseLogFilters(await searchParams);
  const [{ entries, total }, users, orphans] = await Promise.all([fetchAuditLog({ ...filters, pageSize: LOG_PAGE_SIZE }), fetchLogUsers(), fetchOrphanedDecisions()]);
  const pages = Math.max(1, Math.ceil(total / LOG_PAGE_SIZE));
  const pageHref = (page: number) => `/log?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])), page: String(page) })}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Review log</h1>
      <p className="text-sm text-slate-700">Every analyst’s decision on claims, questions and sources: who, when, what changed, and the note.</p>
      <IgnoredParamsNotice ignored={ignored} help={LOG_FILTER_HELP} />
      <OrphanedDecisions decisions={orphans} />
      <form role="search" aria-label="Filter the log" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4">
        <label className={label}>Who
          <select name="user" defaultValue={filters.user ?? ""} className={field}>
            <option value="">Everyone</option>
            {users.map((u) => <option key={u} value={u}>{u}</option>)}
          </select>
        </label>
        <label className={label}>What
          <select name="action" defaultValue={filters.action ?? ""} className={field}>
            <option value="">Every decision</option>
            {LOG_ACTIONS.map((a) => <option key={a} value={a}>{ACTION_LABELS[a]}</option>)}
          </select>
        </label>
        <label className={label}>On
          <select name="target" defaultValue={filters.target ?? ""} className={field}>
            <option value="">Claims, questions and sources</option>
            <option value="claim">Claims</option>
            <option value="question">Questions</option>
            <option value="source">Sources</option>
          </select>
        </label>
        <label className={label}>Claim id<input name="claim" inputMode="numeric" defaultValue={filters.claim ?? ""} className={`${field} w-24`} /></label>
        <label className={label}>Question id<input name="question" defaultValue={filters.question ?? ""} className={field} /></label>
        <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white">Filter</button>
        <Link href="/log" className="text-sm text-blue-800 underline">Clear</Link>
      </form>
      <p aria-live="polite" className="font-medium">{total} decision{total === 1 ? "" : "s"} logged{filters.page > 1 ? `, page ${filters.page} of ${pages}` : ""}</p>
      <AuditLogTable entries={entries} caption="Review log" />
      {pages > 1 && (
        <nav aria-label="Log pages" className="flex gap-3 text-sm">
          {filters.page > 1 && <Link href={pageHref(filters.page - 1)} className="text-blue-800 underline">Newer</Link>}
          {filters.page < pages && <Link href={pageHref(filters.page + 1)} className="text-blue-800 underline">Older</Link>}
        </nav>
      )}
    </div>
  );
}
