import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SourceRangeFigure } from "@/components/charts/source-range-figure";
import { TimelineFigure } from "@/components/charts/timeline-figure";
import { QuestionComparisonSection } from "@/components/comparison/question-comparison-section";
import { ComparisonTable } from "@/components/questions/comparison-table";
import { drawnClaimRows } from "@/components/questions/comparison-rows";
import { ConsensusPanel } from "@/components/questions/consensus-panel";
import { QuestionHeading } from "@/components/questions/question-heading";
import { QuestionLinks } from "@/components/questions/question-links";
import { RelationsList } from "@/components/questions/relations-list";
import { Pagination } from "@/components/claims/pagination";
import { IgnoredParamsNotice } from "@/components/ui/ignored-params-notice";
import { CLAIMS_SHOWN_PER_RELATION, fetchQuestion, RELATIONS_SHOWN_PER_TYPE, type QuestionDetail } from "@/db/read/questions";
import { fetchQuestionClaims, fetchReviewStatuses } from "@/db/read/question-claims";
import { timelineClaimsFromPoints } from "@/components/charts/timeline-data";
import { fetchQuestionComparison } from "@/db/read/question-comparison-table";
import { claimRefText } from "@/components/questions/claim-ref";
import { AuditLogTable } from "@/components/review/audit-log-table";
import { currentUserCanReview } from "@/components/review/can-review";
import { QuestionReviewPanel } from "@/components/review/question-review-panel";
import { fetchAuditLog, fetchQuestionChoices } from "@/db/read/review";
import type { SearchParamsRecord } from "@/lib/filters/claim-filters";
import { parseQuestionPageParams, QUESTION_CLAIMS_PAGE_SIZE, QUESTION_PAGE_PARAM_HELP, QUESTION_TABLE_ROWS_SHOWN, questionHref, type QuestionPageParams } from "@/lib/filters/question-page-params";
import { REVIEW_STATUS_LABELS, type ReviewStatus } from "@/lib/review/vocabulary";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParamsRecord> };

// Metadata and page read the same question with the same arguments: one read per request.
const loadQuestion = cache(async (id: string, allRelations: boolean) => {
  if (id.length > 300) notFound();
  const question = await fetchQuestion(id, { relationsPerType: allRelations ? Infinity : RELATIONS_SHOWN_PER_TYPE, claimsPerRelation: CLAIMS_SHOWN_PER_RELATION });
  if (!question) notFound();
  return question;
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { filters } = parseQuestionPageParams(await searchParams);
  const question = await loadQuestion((await params).id, filters.relations === "all");
  return { title: question.label };
}

/** The points aggregated at rebuild, the same the API's timeline.points gives, and the latest claims' denials in words. */
function timelineClaims(question: QuestionDetail) {
  const denials = question.claims.filter((c) => c.stance === "denies");
  return [...timelineClaimsFromPoints(question.timeline.points), ...denials];
}

/** The claims of the page asked for: the latest (read with the question) unless another page or size is asked. */
function claimsPage(question: Promise<QuestionDetail>, id: string, filters: QuestionPageParams) {
  if (filters.page === 1 && filters.pageSize === QUESTION_CLAIMS_PAGE_SIZE) return question.then((q) => q.claims);
  return fetchQuestionClaims(id, filters);
}

/** Each plotted figure's review status in words, whichever page of claims is shown. */
async function plottedStatuses(question: QuestionDetail) {
  const statuses = await fetchReviewStatuses(question.sources.map((s) => s.claimId));
  return (claimId: number) => {
    const status = statuses.get(claimId);
    return status ? REVIEW_STATUS_LABELS[status as ReviewStatus] : null;
  };
}

const section = "space-y-3";
const heading = "text-xl font-semibold";

export default async function QuestionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { filters, ignored } = parseQuestionPageParams(await searchParams);
  const allRelations = filters.relations === "all";
  const loading = loadQuestion(id, allRelations);
  const reviewing = currentUserCanReview();
  const [question, claims, comparison, canReview, questions, log] = await Promise.all([
    loading,
    claimsPage(loading, id, filters),
    fetchQuestionComparison(id),
    reviewing,
    // Only a reviewer's panel offers the other questions (301 at 100,000 articles).
    reviewing.then((can) => (can ? fetchQuestionChoices() : [])),
    fetchAuditLog({ question: id, page: 1, pageSize: 50 }),
  ]);
  const reviewOf = await plottedStatuses(question);
  const pastTheLast = claims.length === 0 && question.claimCount > 0;
  // Each table lists its first rows unless every row is asked for; the link lands back on the same table.
  const tableRows = (hash: string) => (filters.tables === "all" ? undefined : { shown: QUESTION_TABLE_ROWS_SHOWN, allHref: questionHref(id, { ...filters, tables: "all" }, hash) });
  return (
    <div className="space-y-8">
      <QuestionHeading question={question} />
      <IgnoredParamsNotice ignored={ignored} help={QUESTION_PAGE_PARAM_HELP} />
      <section aria-labelledby="consensus" className={section}>
        <h2 id="consensus" className={heading}>Consensus range</h2>
        <ConsensusPanel consensus={question.consensus} unit={question.unit} sources={question.sources} sourceCount={question.sourceCount} />
      </section>
      <section aria-labelledby="by-source" className={section}>
        <h2 id="by-source" className={heading}>Figures side by side</h2>
        <SourceRangeFigure question={question} downloadable reviewOf={reviewOf} tableRows={tableRows("by-source")} />
      </section>
      {comparison && <QuestionComparisonSection questionId={question.id} label={question.label} table={comparison.table} tableRows={tableRows("who-says-what")} />}
      <section aria-labelledby="timeline" className={section}>
        <h2 id="timeline" className={heading}>Over time</h2>
        <TimelineFigure label={question.label} unit={question.unit} claims={timelineClaims(question)} tableRows={tableRows("timeline")} tableOpen={filters.tables === "all"} />
      </section>
      <section aria-labelledby="claims" className={section}>
        <h2 id="claims" className={heading}>Claims compared</h2>
        <QuestionLinks questionId={question.id} total={question.claimCount} pageSize={filters.pageSize} />
        {pastTheLast ? (
          <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
            This page is past the last one. <Link href={questionHref(id, { ...filters, page: 1 }, "claims")} className="text-blue-800 underline">Go to the first page</Link>.
          </p>
        ) : (
          <ComparisonTable rows={drawnClaimRows(claims)} label={question.label} />
        )}
        <Pagination total={question.claimCount} page={filters.page} pageSize={filters.pageSize} hrefFor={(page) => questionHref(id, { ...filters, page }, "claims")} />
      </section>
      <section aria-labelledby="relations" className={section}>
        <h2 id="relations" className={heading}>How the figures relate</h2>
        <RelationsList question={question} showingAll={allRelations} canReview={canReview} />
      </section>
      {canReview && (
        <QuestionReviewPanel
          question={{ id: question.id, label: question.label }}
          questions={questions}
          claims={claims.map((c) => ({ id: c.id, text: `${claimRefText(c)} · “${c.quote.slice(0, 80)}”` }))}
        />
      )}
      <section aria-labelledby="question-log" className={section}>
        <h2 id="question-log" className={heading}>Review log</h2>
        <AuditLogTable entries={log.entries} caption={`Review log: ${question.label}`} />
      </section>
    </div>
  );
}
