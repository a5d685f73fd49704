import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CopyCitationButton } from "@/components/claim/copy-citation-button";
import { AuditLogTable } from "@/components/review/audit-log-table";
import { fetchClaim } from "@/db/read/claims";
import { fetchAuditLog } from "@/db/read/review";
import { citationFields, citationText } from "@/lib/citation/claim-citation";
import { speakerLabel } from "@/lib/claims/speaker";
import { formatValue } from "@/lib/format/numbers";

const idSchema = z.coerce.number().int().positive();
type Props = { params: Promise<{ id: string }> };

async function loadClaim(params: Props["params"]) {
  const parsed = idSchema.safeParse((await params).id);
  const detail = parsed.success ? fetchClaim(parsed.data) : null;
  if (!detail) notFound();
  return detail;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { claim } = await loadClaim(params);
  return { title: `${speakerLabel(claim.source, "Article")}: ${formatValue(claim.value, claim.qualifier, claim.stance)} ${claim.measure}` };
}

/** The absolute address of this page, as the analyst's browser reached it, for the citation. */
async function pageLink(id: number) {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const protocol = h.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}/claims/${id}`;
}

export default async function ClaimPage({ params }: Props) {
  const { claim, article, questionLabel, disputed, disputedBy } = await loadClaim(params);
  const [link, history] = await Promise.all([pageLink(claim.id), fetchAuditLog({ claim: claim.id, page: 1, pageSize: 50 })]);
  const fields = citationFields(claim, article, link);
  return (
    <div className="space-y-4">
      <Link href="/claims" className="text-sm text-blue-800 hover:underline">← All claims</Link>
      <h1 className="text-2xl font-semibold">
        {speakerLabel(claim.source, "The article’s own voice")}: {formatValue(claim.value, claim.qualifier, claim.stance)}
      </h1>
      <p className="text-slate-700">{claim.measure}</p>
      {disputed && (
        <div data-disputes className="text-slate-700">
          <p>Disputes the figure</p>
          <blockquote className="border-l-4 border-slate-300 pl-3">
            {disputed.id === null ? <q>{disputed.quote}</q> : <Link href={`/claims/${disputed.id}`} className="block text-blue-800 underline"><q>{disputed.quote}</q></Link>}
          </blockquote>
        </div>
      )}
      {disputedBy.length > 0 && (
        <p data-disputed-by className="text-slate-700">
          Disputed by{" "}
          {disputedBy.map((d, i) => (
            <span key={d.id}>{i > 0 && ", "}<Link href={`/claims/${d.id}`} className="text-blue-800 underline">{d.speaker}</Link></span>
          ))}
        </p>
      )}
      <section aria-labelledby="citation" className="space-y-3 rounded border border-slate-200 bg-white p-4">
        <h2 id="citation" className="text-lg font-semibold">Citation</h2>
        <dl data-citation className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {fields.map(({ label, text }) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd className="break-words">{text}</dd>
            </div>
          ))}
        </dl>
        <CopyCitationButton text={citationText(claim, article, link)} />
      </section>
      <nav aria-label="Related" className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <Link href={`/articles/${article.id}?claim=${claim.id}`} className="text-blue-800 underline">Read it in the article</Link>
        {claim.question && (
          <Link href={`/questions/${encodeURIComponent(claim.question)}`} className="text-blue-800 underline">Compare with other figures: {questionLabel}</Link>
        )}
        <a href={`/api/claims/${claim.id}`} className="text-blue-800 underline">This claim as JSON</a>
      </nav>
      <section aria-labelledby="claim-history" className="space-y-2">
        <h2 id="claim-history" className="text-lg font-semibold">Review history</h2>
        {/* Decisions follow the claim through re-extractions (db/write/review-apply.ts), so this is its whole history. */}
        <AuditLogTable entries={history.entries} caption={`Review history of claim ${claim.id}`} />
        {history.total > history.entries.length && (
          <Link href={`/log?claim=${claim.id}`} className="text-sm text-blue-800 underline">All {history.total} decisions on this claim</Link>
        )}
      </section>
    </div>
  );
}
