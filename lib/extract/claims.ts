// Stage 11: a figure or a denial, with its sentence context, becomes a claim.
import type { ExtractedClaim, Language } from "../claims/claim";
import { forceOwner } from "./force-owner";
import { placeOfParenthesis } from "./named-place";
import { COUNTRY_ADJECTIVE } from "./lexicon/countries";
import type { Agency } from "../sources/agencies";
import type { FoundAgency } from "../sources/found-sources";
import { categorize } from "./category";
import { openingParenthesis } from "./text";
import type { ArticleContext } from "./context";
import { type DateMention, hasClockTime } from "./dates";
import { type Denial, deniedTopic, nationalityIn } from "./denials";
import { disputedOf, namedInDenial, pointedToByDenial, sameFigureBefore, type SentenceClaim } from "./disputes";
import type { SentenceFigure } from "./figures";
import { describeMeasure, findScope, placeFromAnaphor } from "./scope";
import type { Sentence } from "./sentences";
import type { Span } from "./clause";
import type { HeadNoun } from "./lexicon/types";

export interface BuiltClaim {
  claim: ExtractedClaim;
  categoryFromCue: boolean;
  /** A definite restatement of a figure given earlier ("the two men"). */
  restated?: boolean;
}

/** Who a claim credits; a source found in the text also carries its kind and names, so the registry can store it. */
export function sourceRef(agency: Agency | FoundAgency | null): ExtractedClaim["source"] {
  if (!agency) return null;
  const ref: NonNullable<ExtractedClaim["source"]> = { id: agency.id, name: agency.name, kind: agency.kind };
  if (agency.person) ref.person = agency.person;
  if ("written" in agency) ref.aliases = [...agency.written];
  return ref;
}

/** Agency names in the clause, relative to it: "South Korea's NIS" names no place. */
function agencySpansIn(ctx: ArticleContext, sentence: Sentence, clause: Span): Span[] {
  const spans: Span[] = [];
  for (const m of ctx.sourcesAt(sentence.index).mentions) {
    if (m.start >= clause.start && m.end <= clause.end) spans.push({ start: m.start - clause.start, end: m.end - clause.start });
  }
  return spans;
}

/** What happens on one day and is counted for that day: a march's turnout, its arrests. */
const ONE_DAY_EVENTS = new Set<string>(["participants", "detained"]);
/** Tolls and counts that grow as they are reported: as of their report, not of the day the text last set. */
const AS_OF_REPORT = new Set<string>(["casualties", "killed", "injured", "displaced", "captured", "deserters"]);

/**
 * The dated mention nearest the figure, skipping deadlines and starting
 * points, and dates in parentheses of their own: "(contre 14 000 jeudi
 * dernier)" dates the figure it encloses, not the one before it.
 */
function asOfFor(ctx: ArticleContext, dates: DateMention[], at: number, attributed: boolean, sentence?: Sentence, category?: string) {
  const oneDayEvent = category !== undefined && ONE_DAY_EVENTS.has(category);
  let best: DateMention | null = null;
  const text = sentence?.text ?? "";
  const figureGroup = dates.length ? openingParenthesis(text, at) : -1;
  for (const d of dates) {
    if (d.prospective || !d.resolved) continue;
    const group = openingParenthesis(text, d.start);
    if (group >= 0 && group !== figureGroup) continue;
    // "30 000, deux fois moins que lors de la manifestation précédente, le 28 juin": the day of a comparison is the other figure's.
    if (d.start > at && COMPARISON[ctx.article.language].test(text.slice(at, d.start))) continue;
    if (!best || Math.abs(d.start - at) < Math.abs(best.start - at)) best = d;
  }
  // "The toll from the blasts of Sunday has risen to 290, the police said Monday": a toll is as of the day it was reported.
  const reported = category !== undefined && AS_OF_REPORT.has(category) && sentence ? reportDay(ctx, sentence, dates) : null;
  if (reported) best = reported;
  const index = sentence?.index;
  const held =
    best?.resolved ??
    // "at the time", "alors": the date the previous sentences gave.
    (index !== undefined ? ctx.dates.thenDate(index) : null) ??
    // A turnout takes the day a sentence before it sets; a toll stays as of its report.
    (index !== undefined && category !== undefined && !AS_OF_REPORT.has(category) ? ctx.dates.leadInDate(index) : null) ??
    // A turnout belongs to its protest's day, said earlier ("on Sunday"), whoever gives it.
    (oneDayEvent ? ctx.dates.eventDay() : null);
  if (held) return { asOf: held.iso, asOfPrecision: held.precision };
  // Reported speech, or a time of day ("à 17h00"), with no date of its own: the publication day.
  const ofTheReport = attributed || (sentence !== undefined && hasClockTime(text, ctx.lexicon));
  if (ofTheReport && ctx.article.published && ctx.published) return { asOf: ctx.article.published, asOfPrecision: "day" as const };
  return { asOf: null, asOfPrecision: null };
}

/** A comparison between a figure and a day after it: the day is the compared figure's. */
const COMPARISON: Record<Language, RegExp> = {
  fr: /(?:^|[\s\u00A0,])(?:que lors d[eu']|que lors des|(?:moins|plus|autant)(?:[\s\u00A0]+[\p{L}]+)?[\s\u00A0]+qu(?:e|['’])|par rapport à|par rapport au|comparé)(?![\p{L}])/iu,
  en: /(?:^|[\s\u00A0,])(?:(?<!(?:more|less|fewer|rather|other)[\s\u00A0]+)than|than(?=[\s\u00A0]+(?:on|in|at|during|the|last|that|those)(?![\p{L}]))|compared (?:with|to)|up from|down from)(?![\p{L}])/iu,
};

/** What may stand between a speech verb and its day: "said Monday", "said on Monday", "a annoncé ce lundi". */
const VERB_TO_DAY = /^[\s\u00A0]*(?:(?:on|ce|le|late|early|tard)[\s\u00A0]+)?$/iu;

/**
 * The day a speech verb of the sentence is tied to ("the police said
 * Monday", "un bilan annoncé hier par la police"): one day, written right
 * after the verb or inside its cue. Null when none or more than one is.
 */
function reportDay(ctx: ArticleContext, sentence: Sentence, dates: DateMention[]): DateMention | null {
  const { attributions } = ctx.sourcesAt(sentence.index);
  if (!attributions.length) return null;
  const tied = dates.filter(
    (d) =>
      !d.prospective &&
      d.day !== null &&
      attributions.some((a) => (d.start >= a.cueStart && d.end <= a.cueEnd) || (d.start >= a.cueEnd && VERB_TO_DAY.test(sentence.text.slice(a.cueEnd, d.start)))),
  );
  return tied.length === 1 ? (tied[0] as DateMention) : null;
}

/** "North Korea has sent 10,000 soldiers": a state named before the figure, other than the speaker, owns them. */
function actorBefore(ctx: ArticleContext, sentence: Sentence, clause: Span, at: number, speaker: Agency | null): string | null {
  const actor = ctx
    .sourcesAt(sentence.index)
    .mentions.filter((m) => m.start >= clause.start && m.end <= at && m.agency.id !== speaker?.id)
    .filter((m) => m.agency.kind === "government" || m.agency.kind === "military")
    .filter((m) => !speaker || m.agency.country !== speaker.country)
    .at(-1);
  return actor ? (COUNTRY_ADJECTIVE[actor.agency.country ?? ""] ?? null) : null;
}

export function figureClaim(
  ctx: ArticleContext,
  sentence: Sentence,
  figure: SentenceFigure,
  clause: Span,
  subjectFallback: string | null,
  aloneInSentence: boolean,
): BuiltClaim {
  const text = sentence.text;
  const clauseText = text.slice(clause.start, clause.end);
  const at = figure.quantity.start;
  const words = ctx.wordsAt(sentence.index);
  const { category, fromCue } = categorize(figure.head, clauseText, aloneInSentence ? text : null, ctx.lexicon, { sentence: words, clauseStart: clause.start });
  const agency = ctx.speakerFor(sentence.index, at, clauseText, clause, figure.head.kind === "thing" && category === "other");
  const owner = figure.head.subject ? null : forceOwner(clauseText, at - clause.start, ctx.lexicon);
  const notPlaces = agencySpansIn(ctx, sentence, clause);
  if (owner) notPlaces.push(owner);
  const found = findScope(clauseText, at - clause.start, ctx.lexicon, notPlaces, words.from(clause.start));
  const scope = found.place
    ? found
    : { ...found, place: placeFromAnaphor(clauseText, text.slice(0, clause.start), ctx.lexicon) ?? placeOfParenthesis(text, at, ctx.lexicon) };
  // Materiel often belongs to someone else than the troops counted before it.
  const borrowed = figure.head.kind === "materiel" ? null : subjectFallback;
  const subject = figure.head.subject ?? owner?.subject ?? actorBefore(ctx, sentence, clause, at, agency) ?? borrowed;
  const denial = ctx.denialAt(sentence.index);
  // "The union dismissed the figure of 20,000 as inflated": a figure the denial names, credited to no one else, is the denial's.
  // A speaker carried over from an earlier sentence does not outweigh the denial's own.
  const ownSpeaker = agency !== null && ctx.sourcesAt(sentence.index).attributions.some((a) => a.agency.id === agency.id);
  const inDenial = denial !== null && !ownSpeaker && at >= denial.object.start && at < denial.object.end;
  const denies = denial !== null && (inDenial || (agency !== null && denial.denier.id === agency.id));
  const claim: ExtractedClaim = {
    file: ctx.article.file,
    quote: clauseText,
    start: sentence.start + clause.start,
    end: sentence.start + clause.end,
    mentions: [],
    value: figure.quantity.value,
    qualifier: figure.quantity.qualifier,
    unit: figure.head.unit,
    category,
    measure: describeMeasure(figure.head.unit, subject, category, scope),
    scope,
    subject,
    source: sourceRef(inDenial ? denial.denier : agency),
    ...asOfFor(ctx, ctx.dates.at(sentence.index), at, agency !== null, sentence, category),
    stance: denies ? "denies" : "asserts",
  };
  return { claim, categoryFromCue: fromCue, restated: figure.restated };
}

/**
 * A denial of a figure another source gives: what is counted, where and of
 * whom are the disputed figure's; the value is the figure when the denial
 * names it, none when it only points to it ("ce chiffre").
 */
function disputingClaim(ctx: ArticleContext, sentence: Sentence, denial: Denial, disputed: ExtractedClaim, named: boolean, givenBefore: ExtractedClaim | null = null): BuiltClaim {
  const claim: ExtractedClaim = {
    ...wholeSentenceSpan(ctx, sentence),
    value: named ? disputed.value : { low: null, best: null, high: null },
    qualifier: named ? disputed.qualifier : "exact",
    unit: disputed.unit,
    category: disputed.category,
    measure: disputed.measure,
    scope: { ...disputed.scope },
    subject: disputed.subject,
    source: sourceRef(denial.denier),
    asOf: disputed.asOf,
    asOfPrecision: disputed.asOfPrecision,
    stance: "denies",
    // "le chiffre de 30 000 avancé par les syndicats" restates a figure given before: the first statement is the one disputed.
    disputes: disputedOf(givenBefore ?? disputed),
  };
  return { claim, categoryFromCue: true };
}

/** What a denial with no figure denies, in words: troops or arms sent somewhere, or a count of something. */
function deniedMeasure(topic: HeadNoun, category: string, subject: string | null, place: string | null): string {
  if (category === "deployed" || category === "materiel") return [subject, topic.unit, "sent", place ? `to ${place}` : null].filter(Boolean).join(" ");
  return [subject, topic.unit, place ? `in ${place}` : null].filter(Boolean).join(" ");
}

/** A denial with no figure of its own, about a figure given before or what the sentence or the one before counts. */
export function denialClaim(
  ctx: ArticleContext,
  sentence: Sentence,
  recentSubject: string | null,
  own: readonly SentenceClaim[] = [],
  earlier: readonly SentenceClaim[] = [],
): BuiltClaim | null {
  const denial = ctx.denialAt(sentence.index);
  if (!denial) return null;
  const named = namedInDenial(denial, own);
  if (named) return disputingClaim(ctx, sentence, denial, named.claim, true, sameFigureBefore(named.claim, earlier));
  // "… 150,000 on Jan. 24, and officials express skepticism that the number is real": a figure before the verb counts too.
  // The sentence's own figures before the verb are nearer than any earlier one: looked at first, with no copy of the earlier ones.
  const pointed = denial.aboutFigure
    ? (pointedToByDenial(denial, own.filter((c) => c.at < denial.verbStart), sentence.index) ?? pointedToByDenial(denial, earlier, sentence.index))
    : null;
  if (pointed) return disputingClaim(ctx, sentence, denial, pointed.claim, false);
  const { mentions } = ctx.sourcesAt(sentence.index);
  const previous = ctx.sentences[sentence.index - 1];
  const context = previous && previous.paragraph >= sentence.paragraph - 1 ? previous.text : "";
  // "The Kremlin dismissed the report": what is denied is what the article is about, named further back.
  // Any counted noun of the denial itself ("travestir la réalité du nombre de manifestants"); only troops and arms from further back.
  const topic = deniedTopic(sentence.text, ctx.lexicon, true) ?? deniedTopic(context, ctx.lexicon) ?? ctx.topicBefore(sentence.index);
  if (!topic) return null;
  const otherCountry = mentions.find((m) => m.agency.id !== denial.denier.id)?.agency.country;
  const subject =
    nationalityIn(sentence.text, ctx.lexicon) ??
    COUNTRY_ADJECTIVE[otherCountry ?? ""] ??
    recentSubject;
  const category = topic.category ?? (topic.kind === "materiel" ? "materiel" : topic.kind === "personnel" ? "deployed" : "other");
  const found = findScope(sentence.text, denial.verbStart, ctx.lexicon, agencySpansIn(ctx, sentence, { start: 0, end: sentence.text.length }), ctx.wordsAt(sentence.index));
  // The denier's own country is where the denial comes from, not where the troops are.
  const scope = found.place === denial.denier.country ? { ...found, place: null } : found;
  const claim: ExtractedClaim = {
    ...wholeSentenceSpan(ctx, sentence),
    value: { low: null, best: null, high: null },
    qualifier: "exact",
    unit: topic.unit,
    category,
    measure: deniedMeasure(topic, category, subject, scope.place),
    scope,
    subject,
    source: sourceRef(denial.denier),
    ...asOfFor(ctx, ctx.dates.at(sentence.index), denial.verbStart, false, sentence),
    stance: "denies",
  };
  return { claim, categoryFromCue: true };
}

/** A claim that quotes its whole sentence, less the closing punctuation: a denial with no figure of its own. */
export function wholeSentenceSpan(ctx: ArticleContext, sentence: Sentence): Pick<ExtractedClaim, "file" | "quote" | "start" | "end" | "mentions"> {
  const quote = sentence.text.replace(/[\s.;:!?…]+$/u, "");
  return { file: ctx.article.file, quote, start: sentence.start, end: sentence.start + quote.length, mentions: [] };
}
