// Stages 2–5 for one sentence: the counted figures it holds, each with its
// value and counted noun. A number with no counted noun is dropped, except a
// bare number that continues a counted one ("3 000 soldats … et 7 000
// devraient …").
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import { scanCores } from "./numbers/scan";
import type { PhraseFilter } from "./sentence-words";
import { isNotACount } from "./filters";
import { chainOpenedAt, mayHoldChain } from "./chains";
import { restrictiveTail, subjectBeforeCopula } from "./copula-subject";
import { type Quantity, toQuantities } from "./quantities";
import { splitRangeHead } from "./split-range";
import { gappedAfter } from "./gapped-figure";
import { agentBeforeBracket } from "./agent-before-bracket";
import { totalAfterFigure } from "./figure-before-total";
import { oneStandsAlone } from "./numbers/one";
import { type CreditedPair, creditedPairAt, pairedFigures } from "./bracket-pairs";
import { endsWithPhrase, type PhraseEnding } from "./phrase-ending";
import { normalizeWord, phraseAlternation } from "./text";
import { casualtySubjectAfter, type Head, headAfter, headIntroducedBefore, nextWordIsHead } from "./units";

export interface SentenceFigure {
  quantity: Quantity;
  head: Head;
  /** Written as a figure already given ("the two men", "les 18 soldats"). */
  restated: boolean;
  /** The index of the figure this one continues as an item of its list ("16 personnes, dont deux à Paris"). */
  continues?: number;
  /** The index of the figure whose speaker this one's has: "Bordeaux (3.000 à 13.000)" after a pair of credited figures. */
  creditedLike?: number;
}

/** How far back a bare number may borrow the noun of the previous figure. */
const ELLIPSIS_REACH = 160;
/**
 * A bare number continues the previous figure only after a conjunction, a
 * comma or a colon ("217 personnes ont péri : 213 à Valence"), an adverb
 * after it at most ("but only 133", "et non 359"); or an alternative estimate
 * ("several hundred, perhaps a thousand", « plusieurs centaines, voire quelques milliers »),
 * an English modal at most before it ("several hundred and may be close to 1,000").
 */
const CONTINUATION =
  /(?:,|;|:|\bet|\band|\bbut|\bmais|\bwhile|tandis que|alors que|\bdont|\bincluding|\bcontre|\bversus|of whom|of which|among them|parmi eux|parmi lesquels|\bor|\bou|\bvoire)[\s\u00A0«"“]*(?:(?:only|just|not|non|pas|seulement|even|perhaps|maybe|possibly|même|peut-être|voire)[\s\u00A0«"“]*)?(?:(?:may|might|could) (?:be|reach|exceed)[\s\u00A0]+)?$/iu;

/** A cheap test that spares sentences with no digit and no number word. */
const MAYBE_NUMBER = /[\d]|[\p{L}]{3,}/u;

/** What a bare credited figure counts when nothing before names it. */
const PEOPLE: Head = { unit: "people", kind: "people", subject: null };

interface BackReferences {
  /** An attribution cue right after a figure, past a place at most: "6 000 selon la police", "30,000 in Paris, according to". */
  creditedAfter: RegExp;
  restatement: PhraseEnding;
  anaphorBefore: PhraseEnding;
  /** "la CGT en a décompté 1,5 million": the clitic points back to what was counted last. */
  partitiveBefore: RegExp;
  total: RegExp;
  totalLink: RegExp;
  /** "… to 150,000", "… puis à 410": the next step of a chain ends right before the figure. */
  chainLink: PhraseEnding;
  /** "organisers said 250,000.", "police put it at 60,000", "la police en a compté 60 000": a speech verb right before a figure that ends its clause. */
  spokenBefore: RegExp;
}

/** What may stand between a speech verb and its bare figure: "put it at", "estimated the crowd at", "en a compté". */
const SPOKEN_OBJECT = "(?:[\\s\\u00A0]+(?:it|them|the (?:figure|number|crowd|turnout|toll|total)|le (?:chiffre|nombre|bilan))?[\\s\\u00A0]*(?:at|à))?";
/** The bare figure ends its clause: a speaker's whole answer, not the start of a noun phrase. */
const CLAUSE_ENDS = /^[\s\u00A0\u202F]*(?:[.;,)!?»”"]|$)/u;

/** One adverb between a total's link and its figure: the toll 'is "definitely several hundred"', « est sans doute de 300 ». */
const LINK_ADVERB: Record<Lexicon["language"], string> = {
  en: `(?:\\p{L}+ly[\\s\\u00A0\\u202F«»"“”']+)?`,
  fr: `(?:(?:sans doute|probablement|certainement|déjà|désormais)[\\s\\u00A0\\u202F«»"“”']+)?`,
};

const backReferences = perLexicon(
  (lexicon): BackReferences => ({
    creditedAfter: new RegExp(
      `^[\\s\\u00A0\\u202F]*(?:(?:à|a|en|in|dans|au)[\\s\\u00A0]+\\p{Lu}[\\p{L}'’-]*[\\s\\u00A0]*,?[\\s\\u00A0]*)?(?:\\(|,[\\s\\u00A0]*)?${phraseAlternation(lexicon.attribution.creditCues)}`,
      "iu",
    ),
    restatement: endsWithPhrase(lexicon.restatementMarkers),
    anaphorBefore: endsWithPhrase(lexicon.anaphorsBefore),
    partitiveBefore: lexicon.partitiveBefore.length
      ? new RegExp(`${phraseAlternation(lexicon.partitiveBefore)}(?:[\\s\\u00A0]+\\p{L}+)?${restrictiveTail(lexicon)}[\\s\\u00A0]*$`, "iu")
      : /(?!)/u,
    total: new RegExp(phraseAlternation(Object.keys(lexicon.totals)), "giu"),
    totalLink: new RegExp(`${phraseAlternation(lexicon.totalLinks)}[\\s\\u00A0\\u202F«»"“”']*${LINK_ADVERB[lexicon.language]}$`, "iu"),
    chainLink: endsWithPhrase(lexicon.chainLinks),
    spokenBefore: new RegExp(`${phraseAlternation(lexicon.attribution.cueAfterSpeaker)}${SPOKEN_OBJECT}[\\s\\u00A0\\u202F«"“]*$`, "iu"),
  }),
);

/**
 * How far before a figure the noun of a total may stand ("Russian losses since
 * February 2022 at …", "the death toll from the blasts which shook the island on
 * Sunday has risen to 290": a long subject before its verb). Farther, a noun
 * such as "nombre" in an earlier clause is seldom what the figure counts.
 */
const TOTAL_REACH = 100;
const CLAUSE_END = /[.;:!?()]/u;
/** "Turnout: 12,000": a colon right after the total, where no word start can be asked of the link. */
const TOTAL_COLON = /\p{L}[\s\u00A0\u202F]?:[\s\u00A0\u202F]*$/u;

/**
 * "The General Staff puts Russian losses … at more than 800,000", "les pertes
 * se chiffrent à « plusieurs centaines »": a bare figure after a link word
 * counts the total named shortly before it, when no other figure stands between.
 */
function totalBefore(text: string, quantity: Quantity, after: number, lexicon: Lexicon): Head | null {
  const r = backReferences(lexicon);
  const linked = r.totalLink.test(text.slice(Math.max(after, quantity.start - 30), quantity.start)) ||
    r.totalLink.test(text.slice(Math.max(after, quantity.coreStart - 30), quantity.coreStart)) ||
    TOTAL_COLON.test(text.slice(Math.max(after, quantity.start - 4), quantity.start));
  if (!linked) return null;
  return totalNamedBefore(text, quantity.start, after, lexicon);
}

/** The total named shortly before `at`, in its clause ("the death toll — which has climbed from"). */
function totalNamedBefore(text: string, at: number, after: number, lexicon: Lexicon): Head | null {
  const r = backReferences(lexicon);
  const window = text.slice(Math.max(after, at - TOTAL_REACH), at);
  let last: RegExpExecArray | null = null;
  r.total.lastIndex = 0;
  for (let m = r.total.exec(window); m; m = r.total.exec(window)) last = m;
  // "Organisers' figure: 500,000": the colon that links the total to its figure ends no clause.
  if (!last || CLAUSE_END.test(window.slice(last.index).replace(/:[\s\u00A0\u202F]*$/u, ""))) return null;
  const noun = lexicon.totals[normalizeWord(last[0]).replace(/[\s\u00A0\u202F]+/g, " ")];
  return noun ? { ...noun, subject: null } : null;
}

/** Number words under this are seldom the items of a list ("one of them", "un des"); "two", "deux" and up are. */
const MIN_WORDS_ITEM = 2;

function canBorrow(quantity: Quantity, previous: Quantity, text: string, chainLink: PhraseEnding | null, lexicon: Lexicon): boolean {
  // "seize personnes, dont deux à Paris", "12 people in the north, seven in the south": number words continue a list too.
  // A lone "one" ends its item only before a place or an ordinal ("et une en Andalousie", "and one more").
  const loneOne = quantity.kind === "words" && quantity.value.best === 1 && oneStandsAlone(text, quantity.end, lexicon);
  const listItem = quantity.kind === "digits" || quantity.kind === "range" || loneOne || (quantity.kind === "words" && (quantity.value.best ?? 0) >= MIN_WORDS_ITEM);
  // « plusieurs centaines, voire quelques milliers », "several hundred or even several thousand": one vague estimate continues another.
  if (!listItem && !(quantity.kind === "vague" && previous.kind === "vague")) return false;
  if (quantity.start - previous.end > ELLIPSIS_REACH) return false;
  const before = text.slice(Math.max(previous.end, quantity.start - 20), quantity.start);
  return CONTINUATION.test(before) || (chainLink !== null && chainLink.test(before));
}

/** Smaller figures in brackets are notes and references more often than counts: "(2)". */
const MIN_BRACKETED = 10;

function bracketedAlone(text: string, quantity: Quantity): boolean {
  return /\([\s\u00A0]*$/u.test(text.slice(Math.max(0, quantity.start - 3), quantity.start)) && /^[\s\u00A0]*\)/u.test(text.slice(quantity.end, quantity.end + 3));
}

/** A bare figure with its speaker at once: a cue right after it, or a speech verb right before it that it answers whole. */
function creditedBare(text: string, quantity: Quantity, r: BackReferences): boolean {
  if (quantity.kind !== "digits" && quantity.kind !== "range" && quantity.kind !== "words") return false;
  if (r.creditedAfter.test(text.slice(quantity.end, quantity.end + 40))) return true;
  return CLAUSE_ENDS.test(text.slice(quantity.end, quantity.end + 3)) && r.spokenBefore.test(text.slice(Math.max(0, quantity.start - 40), quantity.start));
}

/** "308 and 223 deaths, respectively", « 15 et 20 blessés »: a bare figure shares the noun of the one right after it. */
const SHARED_NOUN_LINK = /^[\s\u00A0\u202F]*(?:and|et|or|ou)[\s\u00A0\u202F]+$/iu;
/** "116 of the 160 districts", « 116 des 160 districts »: a part counts what its whole counts. */
const PART_OF_WHOLE = /^[\s\u00A0\u202F]+(?:of[\s\u00A0]+(?:the[\s\u00A0]+|its[\s\u00A0]+|their[\s\u00A0]+|(\p{Lu}[\p{L}-]*['’]s[\s\u00A0]+))?|(?:des|sur[\s\u00A0]+les)[\s\u00A0]+)$/u;

/**
 * The noun a bare figure borrows from the figure right after it, and whether
 * that one is a named place's whole ("116 of Pakistan's 160 districts": the
 * country's districts are background, as its population is).
 */
function nounOfNext(text: string, quantity: Quantity, next: Quantity | undefined, lexicon: Lexicon): { head: Head; dropNext: boolean } | null {
  if (!next || next.kind === "vague") return null;
  const between = text.slice(quantity.end, next.start);
  const part = PART_OF_WHOLE.exec(between);
  if (!part && !SHARED_NOUN_LINK.test(between)) return null;
  const head = headAfter(text, next.end, lexicon);
  if (!head || head === "ANAPHOR") return null;
  return { head, dropNext: Boolean(part?.[1]) };
}

/** How far apart two steps of a chain may stand ("111,481 on Jan. 23 to 150,000"). */
const CHAIN_STEP_REACH = 40;

/**
 * `recentHead` is the last counted noun before this sentence, for figures that
 * point back to it ("8 000 d'entre eux", "a hundred others").
 */
export function findFigures(text: string, lexicon: Lexicon, recentHead: Head | null = null, words?: PhraseFilter): SentenceFigure[] {
  if (!MAYBE_NUMBER.test(text)) return [];
  const quantities = toQuantities(text, scanCores(text, lexicon, words), lexicon);
  const figures: SentenceFigure[] = [];
  const r = backReferences(lexicon);
  /** The last step of a chain of a changing count, while the chain goes on; a first step waits for the noun of the next one. */
  let chain: { step: Quantity; waiting: SentenceFigure | null } | null = null;
  const mayChain = mayHoldChain(text, lexicon, words);
  let pair: CreditedPair | null = null;
  /** The index of the quantity that ends a split range the last figure opened. */
  let splitEnd = -1;
  /** The index of a whole a part was read against, dropped as background ("of Pakistan's 160 districts"). */
  let dropped = -1;
  for (const [index, quantity] of quantities.entries()) {
    const paired = pair ? pairedFigures(quantity, text) : null;
    if (pair && paired) {
      const head = (figures[pair.first] as SentenceFigure).head;
      figures.push({ quantity: paired[0], head, restated: false, creditedLike: pair.first }, { quantity: paired[1], head, restated: false, creditedLike: pair.second });
      chain = null;
      continue;
    }
    if (index === dropped || isNotACount(quantity, text, lexicon, () => nextWordIsHead(text, quantity.end, lexicon))) continue;
    const previous = figures[figures.length - 1];
    const after = headAfter(text, quantity.end, lexicon, quantity.start === 0);
    let head = after === "ANAPHOR" ? (previous?.head ?? recentHead) : (after ?? headIntroducedBefore(text, quantity.start, lexicon));
    const verbAt = mayChain ? chainOpenedAt(text, quantity.start, lexicon) : -1;
    const nextStep: boolean = chain !== null && quantity.start - chain.step.end <= CHAIN_STEP_REACH && r.chainLink.test(text.slice(chain.step.end, quantity.start));
    // "the toll climbed from 111,481": the total before the verb names what the first step counts.
    if (!head && verbAt >= 0) head = totalNamedBefore(text, verbAt, previous?.quantity.end ?? 0, lexicon);
    // "Parmi eux, 8 000 se trouvent…", "of them, 3,000 …": the figure counts what was counted last.
    // Read only for a figure without a noun yet: each use below asks for no head first.
    const pointsBack =
      !head &&
      (r.anaphorBefore.test(text.slice(Math.max(0, quantity.start - 24), quantity.start).replace(/[,\s\u00A0\u202F]+$/u, " ")) ||
        r.partitiveBefore.test(text.slice(Math.max(0, quantity.start - 32), quantity.start)));
    // "where 1,441 have died", "and 310 were injured": the verb says what a bare figure counts, unless it points back.
    if (!head && !pointsBack) head = casualtySubjectAfter(text, quantity.end, lexicon);
    // "les manifestants n'étaient que 14 000": the copula's subject says what a bare figure counts.
    if (!head && !pointsBack) head = subjectBeforeCopula(text, quantity.start, lexicon, previous?.quantity.end);
    // The second end of a split range is an item of the list the first opens: they share its category.
    let continues: number | undefined = splitEnd === index && previous ? figures.length - 1 : undefined;
    const gapped = !head && previous !== undefined && CLAUSE_ENDS.test(text.slice(quantity.end, quantity.end + 3)) && gappedAfter(text, previous.quantity.end, quantity.start, lexicon);
    if (!head && previous && (gapped || canBorrow(quantity, previous.quantity, text, nextStep ? r.chainLink : null, lexicon))) {
      head = previous.head;
      continues = figures.length - 1;
    }
    // "Montpellier (9500 personnes) et Mulhouse (5500)", "le 28 juin (64.000)": a bare figure alone in brackets counts what was counted last.
    if (!head && quantity.kind === "digits" && (quantity.value.best ?? 0) >= MIN_BRACKETED && bracketedAlone(text, quantity)) head = previous?.head ?? recentHead ?? (agentBeforeBracket(text, quantity.start, lexicon) ? PEOPLE : null);
    if (!head && pointsBack) head = previous?.head ?? recentHead;
    head ??= totalBefore(text, quantity, previous?.quantity.end ?? 0, lexicon) ?? totalAfterFigure(text, quantity, lexicon);
    // "(6 000 selon la police)", "were 30,000, according to police", "police put it at 60,000": a bare figure
    // credited at once counts what the sentence or the one before counted, else people.
    if (!head && creditedBare(text, quantity, r)) head = previous?.head ?? recentHead ?? PEOPLE;
    const split = head ? null : splitRangeHead(text, quantity, quantities[index + 1], lexicon);
    head ??= split;
    const shared = head ? null : nounOfNext(text, quantity, quantities[index + 1], lexicon);
    if (shared) {
      head = shared.head;
      if (shared.dropNext) dropped = index + 1;
    }
    const restated = quantity.qualifier === "exact" && r.restatement.test(text.slice(Math.max(0, quantity.start - 14), quantity.start));
    // "passé de 38 à 112 morts": the first step counts what the next one names.
    if (nextStep && chain?.waiting && head) figures.push({ ...chain.waiting, head });
    chain = verbAt >= 0 || nextStep ? { step: quantity, waiting: head ? null : { quantity, head: PEOPLE, restated } } : null;
    if (head) figures.push(continues === undefined ? { quantity, head, restated } : { quantity, head, restated, continues });
    if (head && split) splitEnd = index + 1;
    pair = creditedPairAt(figures, text, r.creditedAfter) ?? pair;
  }
  return figures;
}
