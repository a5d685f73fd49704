// Turning (topic, agency, date) into the words of one claim, and the other
// sentence kinds built on the same pieces (split estimates, contingents, denials).
import { AGENCIES, DENYING_AGENCIES, type Agency } from "./agencies";
import { pickSeparator, pickShape, roundNice, writeFigure, writeNumber } from "./figures";
import { enQuantity, frQuantity } from "./grammar";
import { LEXICON } from "./lexicon";
import type { Rng } from "./prng";
import { partsOf, reportedValue } from "./timeline";
import type { ClaimText, DenialText, FigureShape, Lang, SplitText, Topic } from "./types";
import { EN_MONTHS, FR_MONTHS, type When } from "./dates";

export interface ClaimContext {
  seed: number;
  lang: Lang;
  rng: Rng;
  /** Other outlets this one may cite. */
  outlets: readonly string[];
  /** The outlet's usual digit-group separator. */
  sep: string;
}

const AGENCY_INDEX = new Map(AGENCIES.map((a, i) => [a, i]));

/** The value an agency gives, sometimes garbled by the outlet (a misquote, a stale figure). */
function valueFor(ctx: ClaimContext, agency: Agency, topic: Topic, day: number): number | null {
  const value = reportedValue(ctx.seed, agency, AGENCY_INDEX.get(agency) ?? 0, topic, day);
  if (value === null || !ctx.rng.chance(0.04)) return value;
  return roundNice(value * ctx.rng.pick([0.7, 0.8, 1.2, 1.3]));
}

function quantity(lang: Lang, fig: { text: string; of: boolean }, noun: string): string {
  return lang === "fr" ? frQuantity(fig, noun) : enQuantity(fig, noun);
}

interface Report {
  agency: Agency;
  value: number;
}

const REPORTERS = new Map<Topic, readonly Agency[]>();

function reportersOf(topic: Topic): readonly Agency[] {
  let list = REPORTERS.get(topic);
  if (!list) {
    list = AGENCIES.filter((a) => !a.denies && a.topics.includes(topic));
    REPORTERS.set(topic, list);
  }
  return list;
}

function pickReport(ctx: ClaimContext, topic: Topic, day: number): Report | null {
  const candidates = reportersOf(topic);
  for (let attempt = 0; attempt < 3; attempt++) {
    const agency = ctx.rng.weighted(candidates, (a) => a.weight);
    const value = valueFor(ctx, agency, topic, day);
    if (value !== null) return { agency, value };
  }
  return null;
}

function words(ctx: ClaimContext, topic: Topic, report: Report, when: When, shapes?: readonly FigureShape[]): ClaimText {
  const { rng, lang } = ctx;
  const lexicon = LEXICON[lang][topic];
  const shape = shapes ? rng.pick(shapes) : pickShape(report.value, rng);
  const fig = writeFigure(report.value, shape, lang, rng, ctx.sep);
  const noun = rng.pick(lexicon.nouns);
  return {
    src: rng.pick(report.agency[lang]),
    fig: fig.text,
    qty: quantity(lang, fig, noun),
    noun,
    pred: rng.pick(lexicon.pred),
    cond: rng.pick(lexicon.cond),
    part: rng.pick(lexicon.part),
    place: rng.pick(lexicon.places),
    when: when.text,
    outlet: rng.pick(ctx.outlets),
  };
}

/** Words for one claim about `topic` as of `when`, or null when no agency has a figure then. */
export function buildClaim(ctx: ClaimContext, topic: Topic, when: When, shapes?: readonly FigureShape[]): ClaimText | null {
  const report = pickReport(ctx, topic, when.day);
  return report ? words(ctx, topic, report, when, shapes) : null;
}

/** A first contingent: a part of the deployed total. */
export function buildContingent(ctx: ClaimContext, when: When): ClaimText | null {
  const report = pickReport(ctx, "deployed", when.day);
  if (!report || report.value < 3000) return null;
  const part = roundNice(report.value * ctx.rng.pick([0.2, 0.24, 0.3]));
  return { ...words(ctx, "deployed", { ...report, value: part }, when, ["exact", "exact", "approx"]), place: "" };
}

/** "3 000 déjà en Russie et 7 000 d'ici décembre": parts of one agency's total. */
export function buildSplit(ctx: ClaimContext, when: When): SplitText | null {
  const { rng, lang } = ctx;
  const agency = rng.pick(AGENCIES.filter((a) => a.id === "nis" || a.id === "gur"));
  const total = reportedValue(ctx.seed, agency, AGENCY_INDEX.get(agency) ?? 0, "deployed", when.day);
  if (total === null || total < 4000) return null;
  const now = roundNice(total * rng.pick([0.25, 0.3, 0.4]), 1);
  const later = total - now;
  const by = partsOf(when.day + rng.int(30, 60));
  const sep = pickSeparator(lang, rng, ctx.sep);
  const write = (n: number): string => writeNumber(n, lang, rng, sep).text;
  return {
    src: rng.pick(agency[lang]),
    now: write(now),
    later: write(later),
    total: write(total),
    by: lang === "fr" ? (FR_MONTHS[by.month - 1] as string) : (EN_MONTHS[by.month - 1] as string),
    when: when.text,
  };
}

export function buildDenial(ctx: ClaimContext, when: When): DenialText {
  const { rng, lang } = ctx;
  const agency = rng.pick(DENYING_AGENCIES);
  const claim = rng.chance(0.4) ? buildClaim(ctx, "deployed", when, ["exact", "approx", "vague"]) : null;
  const qty = claim ? claim.qty : "";
  return { src: rng.pick(agency[lang]), when: when.text, qty };
}
