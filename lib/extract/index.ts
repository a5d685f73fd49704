// Claim extraction: article text in, claims out. A pipeline of small stages:
// sentences → figures (numbers, modifiers, filters, counted nouns) → quote
// spans → claims (category, scope, source, date, stance) → denials → one claim
// per repeated figure. Pure: no I/O, no database.
import type { ArticleInput, ExtractedClaim } from "../claims/claim";
import { type BuiltClaim, denialClaim, figureClaim } from "./claims";
import { clauseSpans, type Span } from "./clause";
import { ArticleContext } from "./context";
import { dedupeClaims } from "./dedupe";
import { DISPUTE_REACH, disputedOf, sameFigureBefore, type SentenceClaim } from "./disputes";
import { figureDisputeClaim } from "./figure-disputes";
import { findFigures, type SentenceFigure } from "./figures";
import { foldHeadlineFigures } from "./headline-figures";
import { shareListCategories } from "./lists";
import type { Head } from "./units";

/** How many sentences back a nationality can be borrowed ("3 000 de ces combattants"). */
const SUBJECT_REACH = 2;
/** At most a determiner before a count that opens a speaker's phrase. */
const OPENING_WORD = /^(?:[\p{L}]+['’]?[\s\u00A0]*)?$/u;

interface RecentSubject {
  subject: string;
  sentence: number;
}

/** The subject of a figure at most SUBJECT_REACH sentences back, for a figure that names none. */
function subjectNear(recent: RecentSubject | null, sentence: number): string | null {
  return recent && sentence - recent.sentence <= SUBJECT_REACH ? recent.subject : null;
}

/**
 * The last figure asserted within `reach` sentences, looking in the later
 * list first. It walks back from the end and stops at the reach, so a long
 * article costs the same per sentence as a short one.
 */
function lastAssertedWithin(lists: [readonly SentenceClaim[], readonly SentenceClaim[]], sentence: number, reach: number) {
  for (const list of [lists[1], lists[0]]) {
    for (let i = list.length - 1; i >= 0; i--) {
      const c = list[i]!;
      if (sentence - c.sentence > reach) break;
      if (c.claim.stance === "asserts") return c.claim;
    }
  }
  return null;
}

/**
 * "Neuf militaires ont déclaré que …", "two officials said": a count inside
 * the phrase of a speaker says how many speak, not a figure of the event.
 */
function withoutSpeakerCounts(ctx: ArticleContext, sentence: number, text: string, figures: SentenceFigure[]): SentenceFigure[] {
  if (!figures.length) return figures;
  const { attributions, mentions } = ctx.sourcesAt(sentence);
  if (!attributions.length) return figures;
  // A speaker of no known kind ("two bodies found") is more often a figure misread than who speaks.
  const speaking = mentions.filter((m) => m.agency.kind !== "other" && attributions.some((a) => a.agency.id === m.agency.id));
  // Only a count that opens the phrase, after a determiner at most ("les neuf militaires"); "the identities of two bodies" holds a figure.
  return figures.filter((f) => !speaking.some((m) => m.start <= f.quantity.start && f.quantity.end <= m.end && OPENING_WORD.test(text.slice(m.start, f.quantity.start))));
}

export function extractClaims(article: ArticleInput): ExtractedClaim[] {
  if (!article.text) return [];
  const ctx = new ArticleContext(article);
  const built: BuiltClaim[] = [];
  const sentenceOf = new Map<ExtractedClaim, number>();
  let recentSubject: RecentSubject | null = null;
  let recentHead: { head: Head; sentence: number } | null = null;
  /** Figures asserted so far, for the denials that dispute one. */
  const earlier: SentenceClaim[] = [];
  for (const sentence of ctx.sentences) {
    const nearHead = recentHead && sentence.index - recentHead.sentence <= SUBJECT_REACH ? recentHead.head : null;
    const figures = withoutSpeakerCounts(ctx, sentence.index, sentence.text, findFigures(sentence.text, ctx.lexicon, nearHead, ctx.wordsAt(sentence.index)));
    const last = figures.at(-1);
    if (last) recentHead = { head: last.head, sentence: sentence.index };
    const spans = clauseSpans(
      sentence.text,
      figures.map((f): Span => ({ start: f.quantity.start, end: f.quantity.end })),
    );
    let deniedWithFigure = false;
    const own: SentenceClaim[] = [];
    const madeHere: BuiltClaim[] = [];
    figures.forEach((figure, i) => {
      const made = figureClaim(ctx, sentence, figure, spans[i] as Span, subjectNear(recentSubject, sentence.index), figures.length === 1);
      // "(3.000 à 13.000)" after "(6.000 selon la police, 20.000 selon les organisateurs)": each keeps its pair's speaker.
      const like = figure.creditedLike !== undefined ? madeHere[figure.creditedLike] : undefined;
      if (like) {
        made.claim.source = like.claim.source;
        if (!made.claim.asOf) Object.assign(made.claim, { asOf: like.claim.asOf, asOfPrecision: like.claim.asOfPrecision });
      }
      built.push(made);
      madeHere.push(made);
      sentenceOf.set(made.claim, sentence.index);
      own.push({ claim: made.claim, at: figure.quantity.start, sentence: sentence.index });
      if (made.claim.stance === "denies") {
        deniedWithFigure = true;
        const disputed = sameFigureBefore(made.claim, earlier);
        if (disputed) made.claim.disputes = disputedOf(disputed);
      }
      if (made.claim.subject) recentSubject = { subject: made.claim.subject, sentence: sentence.index };
    });
    shareListCategories(figures, madeHere);
    if (!deniedWithFigure) {
      const denial = denialClaim(ctx, sentence, subjectNear(recentSubject, sentence.index), own, earlier);
      if (denial) {
        built.push(denial);
        sentenceOf.set(denial.claim, sentence.index);
      } else {
        // "un bilan jugé fantaisiste", "a count that drew criticism": a figure noun disputed with no denial verb.
        const disputed = lastAssertedWithin([own, earlier], sentence.index, DISPUTE_REACH + 1);
        const dispute = figureDisputeClaim(ctx, sentence, disputed);
        if (dispute) {
          built.push({ claim: dispute, categoryFromCue: true });
          sentenceOf.set(dispute, sentence.index);
        }
      }
    }
    earlier.push(...own);
  }
  const fromCue = new Map(built.map((b) => [b.claim, b.categoryFromCue]));
  const restated = new Set(built.filter((b) => b.restated).map((b) => b.claim));
  return foldHeadlineFigures(dedupeClaims(built.map((b) => b.claim), fromCue, restated, sentenceOf), article.text);
}

export type { ArticleInput, ExtractedClaim } from "../claims/claim";
