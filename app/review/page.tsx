import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { requirePageRole } from "@/auth/session";
import { ReviewQueueItem } from "@/components/review/review-queue-item";
import { SentenceInContext } from "@/components/review/sentence-in-context";
import { toReviewableClaim } from "@/components/review/reviewable-claim";
import { fetchQueueClaim, fetchSourceChoices } from "@/db/read/review";
import type { SearchParamsRecord } from "@/lib/filters/claim-filters";
import type { Qualifier, Stance } from "@/lib/claims/vocabulary";
import { formatIsoDate } from "@/lib/format/dates";
import { formatValue } from "@/lib/format/numbers";

export const metadata: Metadata = { title: "Review queue" };
export const dynamic = "force-dynamic";

const searchSchema = z.object({ skip: z.coerce.number().int().min(0).max(1_000_000).catch(0).default(0) });

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  await requirePageRole("analyst", "/review");
  const { skip } = searchSchema.parse(await searchParams);
  const [{ claim, remaining }, sources] = await Promise.all([fetchQueueClaim(skip), fetchSourceChoices()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Review queue</h1>
      <p aria-live="polite" className="font-medium">
        {remaining === 0 ? "Every claim in a question has been reviewed." : `${remaining} unreviewed claim${remaining === 1 ? "" : "s"}, most contested questions first`}
        {skip > 0 && claim && ` · ${skip} skipped`}
      </p>
      <p className="text-sm text-slate-600">
        Keys: <kbd>c</kbd> confirm · <kbd>r</kbd> reject with the chosen reason · <kbd>e</kbd> correct · <kbd>n</kbd> next · <kbd>p</kbd> previous
      </p>
      {claim ? (
        <article aria-label="Claim to review" className="space-y-3 rounded border border-slate-200 bg-white p-4">
          <p className="text-sm">
            Question: <Link href={`/questions/${encodeURIComponent(claim.question!.id)}`} className="font-medium text-blue-800 underline">{claim.question!.label}</Link>
          </p>
          <h2 className="text-xl font-semibold">
            {formatValue({ low: claim.valueLow, best: claim.valueBest, high: claim.valueHigh }, claim.qualifier as Qualifier, claim.stance as Stance)} · {claim.sourceName ?? "the article’s own voice"}
          </h2>
          <p className="text-sm text-slate-700">
            {claim.measure} ({claim.unit}) · as of {claim.asOf ? formatIsoDate(claim.asOf) : "not stated"} · in{" "}
            <Link href={`/articles/${claim.article.id}?claim=${claim.id}`} className="text-blue-800 underline">{claim.article.title}</Link>
            {claim.article.publisher ? ` (${claim.article.publisher})` : ""}
          </p>
          <SentenceInContext text={claim.article.text} start={claim.start} end={claim.end} />
          <ReviewQueueItem claim={toReviewableClaim(claim)} sources={sources} skip={skip} hasNext={skip + 1 < remaining} />
          <nav aria-label="Queue" className="flex gap-4 text-sm">
            {skip > 0 && <Link href={skip > 1 ? `/review?skip=${skip - 1}` : "/review"} className="text-blue-800 underline">Previous</Link>}
            {skip + 1 < remaining && <Link href={`/review?skip=${skip + 1}`} className="text-blue-800 underline">Next (leave this one for later)</Link>}
          </nav>
        </article>
      ) : (
        remaining > 0 && <p><Link href="/review" className="text-blue-800 underline">Back to the start of the queue</Link></p>
      )}
    </div>
  );
}
