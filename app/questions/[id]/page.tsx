import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SourceRangeFigure } from "@/components/charts/source-range-figure";
import { TimelineFigure } from "@/components/charts/timeline-figure";
import { QuestionComparisonSection } from "@/components/comparison/question-comparison-section";
import { ComparisonTable } from "@/components/questions/comparison-table";
import { ConsensusPanel } from "@/components/questions/consensus-panel";
import { QuestionHeading } from "@/components/questions/question-heading";
import { QuestionLinks } from "@/components/questions/question-links";
import { RelationsList } from "@/components/questions/relations-list";
import { CLAIMS_SHOWN_PER_RELATION, fetchQuestion, RELATIONS_SHOWN_PER_TYPE, type QuestionDetail } from "@/db/read/questions";
import { timelineClaimsFromPoints } from "@/components/charts/timeline-data";
import { fetchQuestionComparison } from "@/db/read/question-comparison-table";
import { claimRefText } from "@/components/questions/claim-ref";
import { AuditLogTable } from "@/components/review/audit-log-table";
import { currentUserCanReview } from "@/components/review/can-review";
import { QuestionReviewPanel } from "@/components/review/question-review-panel";
import { fetchAuditLog, fetchQuestionChoices } from "@/db/read/review";
import { REVIEW_STATUS_LABELS } from "@/lib/review/vocabulary";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ relations?: string | string[] }> };

// Metadata and page read the same question: one query per request.
const loadQuestion = cache(async (id: string, allRelations = false) => {
  if (id.length > 300) notFound();
  const question = await fetchQuestion(id, { relationsPerType: allRelations ? Infinity : RELATIONS_SHOWN_PER_TYPE, claimsPerRelation: CLAIMS_SHOWN_PER_RELATION });
  if (!question) notFound();
  return question;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const question = await loadQuestion((await params).id);
  return { title: question.label };
}

/** The points aggregated at rebuild, the same the API's timeline.points gives, and the denials in words. */
function timelineClaims(question: QuestionDetail) {
  const denials = question.claims.filter((c) => c.stance === "denies");
  return [...timelineClaimsFromPoints(question.timeline.points), ...denials];
}

const section = "space-y-3";
const heading = "text-xl font-semibold";

export default async function QuestionPage({ params, searchParams }: Props) {
  const { id } = await params;
  const allRelations = (await searchParams).relations === "all";
  const [question, comparison, canReview, questions, log] = await Promise.all([
    loadQuestion(id, allRelations),
    fetchQuestionComparison(id),
    currentUserCanReview(),
    fetchQuestionChoices(),
    fetchAuditLog({ question: id, page: 1, pageSize: 50 }),
  ]);
  const statusOf = new Map(question.claims.map((c) => [c.id, REVIEW_STATUS_LABELS[c.review.status]]));
  return (
    <div className="space-y-8">
      <QuestionHeading question={question} />
      <section aria-labelledby="consensus" className={section}>
        <h2 id="consensus" className={heading}>Consensus range</h2>
        <ConsensusPanel consensus={question.consensus} unit={question.unit} sources={question.sources} sourceCount={question.sourceCount} />
      </section>
      <section aria-labelledby="by-source" className={section}>
        <h2 id="by-source" className={heading}>Figures side by side</h2>
        <SourceRangeFigure question={question} downloadable reviewOf={(id) => statusOf.get(id) ?? null} />
      </section>
      {comparison && <QuestionComparisonSection questionId={question.id} label={question.label} table={comparison.table} />}
      <section aria-labelledby="timeline" className={section}>
        <h2 id="timeline" className={heading}>Over time</h2>
        <TimelineFigure label={question.label} unit={question.unit} claims={timelineClaims(question)} />
      </section>
      <section aria-labelledby="claims" className={section}>
        <h2 id="claims" className={heading}>Claims compared</h2>
        <QuestionLinks questionId={question.id} shown={question.claims.length} total={question.claimCount} />
        <ComparisonTable claims={question.claims} label={question.label} />
      </section>
      <section aria-labelledby="relations" className={section}>
        <h2 id="relations" className={heading}>How the figures relate</h2>
        <RelationsList question={question} showingAll={allRelations} canReview={canReview} />
      </section>
      {canReview && (
        <QuestionReviewPanel
          question={{ id: question.id, label: question.label }}
          questions={questions}
          claims={question.claims.map((c) => ({ id: c.id, text: `${claimRefText(c)} · “${c.quote.slice(0, 80)}”` }))}
        />
      )}
      <section aria-labelledby="question-log" className={section}>
        <h2 id="question-log" className={heading}>Review log</h2>
        <AuditLogTable entries={log.entries} caption={`Review log: ${question.label}`} />
      </section>
    </div>
  );
}
