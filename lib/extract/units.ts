// Stage 5: what a figure counts. The counted noun follows the figure, maybe
// after "de ces"/"of the" and (in English) a few adjectives; or an earlier
// "le nombre de X"/"the number of X" names it. The noun gives the unit
// (always an English plural) and the words around it the nationality.
import type { Lexicon } from "./lexicon";
import { perLexicon } from "./lexicon/per-lexicon";
import type { HeadNoun } from "./lexicon/types";
import { firstAtWordStart, normalizeWord, phraseAlternation, phraseScanner } from "./text";
import { type Token, Tokens } from "./word-tokens";
import { demonymPairOpenings, demonymsOf, headNouns, nationalitiesOf, nationalityPairOpenings, subjectVerbsOf } from "./lexicon/word-maps";

/** Module constants, not literals in the functions below: tsx compiles a regex literal with a Unicode property escape to a `new RegExp` run on every call. */
const CAPITAL_FIRST = /^\p{Lu}/u;
const DIGIT_FIRST = /^\p{N}/u;

export interface Head extends HeadNoun {
  subject: string | null;
}

/** Model names mix letters and digits ("KN-23", "Shahed-136"): they qualify a noun and do not count as words before it. */
const DESIGNATION = /^(?=.*\p{L})(?=.*\p{N})[\p{L}\p{N}.‐‑/-]+$/u;
const SKIPPED_PUNCT = new Set(["«", "»", '"', "“", "”", "'", "’", "‘", "*"]);
const WINDOW = 90;

const bridgeWords = perLexicon(
  (lexicon): Set<string> => new Set(lexicon.headBridges.flatMap((b) => b.split(/[\s']+/)).filter(Boolean).map(normalizeWord)),
);

/** Units of measure: a figure counted in days or kilometres counts no noun after them ("three straight days of demonstrations"). */
const measureWords = perLexicon((lexicon): Set<string> => new Set(lexicon.measureUnits.filter((u) => !u.includes(" ")).map(normalizeWord)));

/** Words that open a quantity of their own: "scores", "dizaines", "plusieurs". */
const quantityWords = perLexicon(
  (lexicon): Set<string> =>
    new Set([...lexicon.vagueScales.map((v) => v.plural), ...lexicon.boundedVagueQuantifiers.filter((q) => !q.includes(" "))].map(normalizeWord)),
);

const militaryRegex = perLexicon((lexicon): RegExp => phraseScanner(lexicon.militaryContext));

/** The last sentence `isMilitary` scanned and its answer: a sentence's figures ask about it one after another. */
let lastMilitary: { sentence: string; lexicon: Lexicon; military: boolean } | null = null;

function isMilitary(sentence: string, lexicon: Lexicon): boolean {
  if (lastMilitary?.sentence !== sentence || lastMilitary.lexicon !== lexicon) {
    lastMilitary = { sentence, lexicon, military: firstAtWordStart(militaryRegex(lexicon), sentence) !== null };
  }
  return lastMilitary.military;
}

function nationalityOf(token: Token | undefined, lexicon: Lexicon): string | null {
  return (token && !token.punct && nationalitiesOf(lexicon).get(token.word)) || null;
}

/** "soldats nord-coréens" after the noun in French; "North Korean soldiers" before it in English. */
function nationalityAround(words: Tokens, at: number, lexicon: Lexicon): string | null {
  if (lexicon.language === "fr") return nationalityOf(words.at(at + 1), lexicon) ?? nationalityOf(words.at(at + 2), lexicon);
  const before = words.at(at - 1);
  const twoBefore = words.at(at - 2);
  const pair = twoBefore && before && nationalityPairOpenings(lexicon).has(twoBefore.word) ? nationalitiesOf(lexicon).get(`${twoBefore.word} ${before.word}`) : undefined;
  return pair || nationalityOf(before, lexicon);
}

function demonymAt(words: Tokens, i: number, word: string, lexicon: Lexicon): string | undefined {
  const single = demonymsOf(lexicon).get(word);
  if (single || !demonymPairOpenings(lexicon).has(word)) return single;
  const following = words.at(i + 1);
  return following ? demonymsOf(lexicon).get(`${word} ${following.word}`) : undefined;
}

/**
 * Heads are never changed once made, so each noun and subject pair is made
 * once: a figure's noun is looked up at several places of its sentence, and
 * copying the noun's entry each time cost more than the rest of the look-up.
 */
const headsBySubject = new WeakMap<HeadNoun, Map<string | null, Head>>();

function withSubject(noun: HeadNoun, subject: string | null): Head {
  let bySubject = headsBySubject.get(noun);
  if (!bySubject) {
    bySubject = new Map();
    headsBySubject.set(noun, bySubject);
  }
  let head = bySubject.get(subject);
  if (!head) {
    head = { ...noun, subject };
    bySubject.set(subject, head);
  }
  return head;
}

const SOLDIERS: HeadNoun = { unit: "soldiers", kind: "personnel" };
const PEOPLE: HeadNoun = { unit: "people", kind: "people" };

function headAt(words: Tokens, i: number, sentence: string, lexicon: Lexicon): Head | null {
  const token = words.at(i);
  if (!token || token.punct) return null;
  const demonym = demonymAt(words, i, token.word, lexicon);
  if (demonym) return withSubject(isMilitary(sentence, lexicon) ? SOLDIERS : PEOPLE, demonym);
  const head = headNouns(lexicon).get(token.word);
  if (!head) return null;
  return withSubject(head, nationalityAround(words, i, lexicon));
}

/** "killed and wounded North Korean soldiers": the casualty words qualify the people named just after them. */
function countedCasualties(words: Tokens, at: number, sentence: string, lexicon: Lexicon): Head | null {
  let category = headAt(words, at, sentence, lexicon)?.category ?? "casualties";
  for (let j = at + 1; j < at + 6; j++) {
    const token = words.at(j);
    if (!token) return null;
    if (token.punct) return null;
    const head = headAt(words, j, sentence, lexicon);
    if (head && (head.kind === "personnel" || head.kind === "people")) return { ...head, category };
    // "killed and wounded soldiers": both halves of a casualty count.
    if (head?.kind === "casualty" && head.category !== category) category = "casualties";
    const next = words.at(j + 1);
    if (head || lexicon.numberJoiners.includes(token.word) || nationalitiesOf(lexicon).get(token.word)) continue;
    if (next && nationalityPairOpenings(lexicon).has(token.word) && nationalitiesOf(lexicon).get(`${token.word} ${next.word}`)) {
      j++;
      continue;
    }
    return null;
  }
  return null;
}

/** A people's name as the counts write it: capitalised, lowercase after, a plural "s" at most ("Rohingya", "Palestiniens"). */
const PEOPLE_NAME = /^\p{Lu}\p{Ll}{3,}$/u;

const notPeopleNames = perLexicon(
  (lexicon): Set<string> =>
    new Set([...Object.keys(lexicon.months), ...Object.keys(lexicon.weekdays), ...Object.keys(lexicon.places)].map(normalizeWord)),
);

/**
 * "6,700 Rohingya were killed", "50 Afghans ont été tués": a capitalised noun
 * right after a figure names the people it counts, though no lexicon lists
 * them. Not when a name goes on ("10 Downing Street"), a counted noun
 * follows ("3,000 Kursk residents") or nothing does, nor for a month, a
 * weekday or a place.
 */
function peopleNamedAfter(words: Tokens, at: number, lexicon: Lexicon): Head | null {
  const token = words.at(at);
  if (!token || token.punct || !PEOPLE_NAME.test(token.raw) || notPeopleNames(lexicon).has(token.word)) return null;
  // A verb or a clause goes on after a people counted ("were killed", ", the ministry said"); a heading ends ("1314 Articles").
  const next = words.at(at + 1);
  if (!next || (next.punct ? next.raw !== "," : CAPITAL_FIRST.test(next.raw) || Boolean(headNouns(lexicon).get(next.word)))) return null;
  return { unit: "people", kind: "people", subject: token.raw.replace(/s$/u, "") };
}

/**
 * "one American were killed", "one Briton, two French": a nationality right
 * after the figure is its noun when the phrase ends there (punctuation, "and",
 * a verb's auxiliary); before a noun it is an adjective ("3,000 Russian troops").
 */
function nationalityEndsPhrase(words: Tokens, at: number, lexicon: Lexicon): boolean {
  const next = words.at(at + 1);
  if (!next) return true;
  if (next.punct) return next.raw !== "-";
  return lexicon.numberJoiners.includes(next.word) || lexicon.predicateAuxiliaries.includes(next.word);
}

/** Words a speaker's parenthesis holds at most: "(selon la préfecture de police)". */
const PARENTHESIS_WORDS = 6;

/** The index of the ")" closing a parenthesis opened at token 0 that holds words and no figure, or -1. */
function parenthesisWithoutFigureEnd(words: Tokens): number {
  for (let j = 1; j <= PARENTHESIS_WORDS + 1; j++) {
    const token = words.at(j);
    if (!token || DIGIT_FIRST.test(token.raw) || token.raw === "(") return -1;
    if (token.raw === ")") return j > 1 ? j : -1;
  }
  return -1;
}

/** "ANAPHOR" when the figure points back ("3 000 de ces combattants" has its noun; "8 000 d'entre eux" does not). */
export type HeadFound = Head | "ANAPHOR" | null;

/** Most auxiliaries and adverbs between a bare figure and its verb: "had also been reportedly killed". */
const MAX_AUXILIARIES = 4;

/**
 * "where 1,441 have died", "300 ont péri", "2,757 have been killed": a bare
 * figure that is the subject of a casualty verb counts the dead or injured.
 */
export function casualtySubjectAfter(sentence: string, end: number, lexicon: Lexicon): Head | null {
  const words = new Tokens(sentence.slice(end, end + WINDOW));
  for (let i = 0; i <= MAX_AUXILIARIES; i++) {
    const token = words.at(i);
    if (!token || token.punct) return null;
    const verb = subjectVerbsOf(lexicon).get(token.word);
    if (verb) return { ...verb, subject: null };
    if (!lexicon.predicateAuxiliaries.includes(token.word)) return null;
  }
  return null;
}

/** The counted noun right after a figure, "ANAPHOR", or null. */
export function headAfter(sentence: string, end: number, lexicon: Lexicon, glossed = false): HeadFound {
  const words = new Tokens(sentence.slice(end, end + WINDOW));
  const bridges = bridgeWords(lexicon);
  let freeWords = 0;
  for (let i = 0, token = words.at(0); token; token = words.at(++i)) {
    if (token.punct) {
      if (SKIPPED_PUNCT.has(token.word)) continue;
      // "500 000 (organisateurs) personnes": a speaker's parenthesis right after the figure stands before its noun.
      const closing = i === 0 && token.raw === "(" ? parenthesisWithoutFigureEnd(words) : -1;
      if (closing > 0) {
        i = closing;
        continue;
      }
      // "10 000 : le nombre de soldats…": a figure opening a list item is glossed after a colon.
      if (glossed && i === 0 && token.word === ":") continue;
      return null;
    }
    // "1,2 million selon les syndicats": the noun after a credit cue is the speaker.
    if (lexicon.creditStops.includes(token.word)) return null;
    const head = headAt(words, i, sentence, lexicon);
    // "30 tués" counts the dead; in "3 000 had been killed" the participle is the predicate (see casualtySubject),
    // but a noun after adjectives is the head: "4,000 confirmed deaths".
    if (head && (head.kind !== "casualty" || freeWords === 0 || !subjectVerbsOf(lexicon).get(token.word))) return head.kind === "casualty" ? (countedCasualties(words, i, sentence, lexicon) ?? head) : head;
    // "35 and scores of missing": the noun after another quantity is that quantity's.
    if (DIGIT_FIRST.test(token.word) || quantityWords(lexicon).has(token.word) || measureWords(lexicon).has(token.word)) return null;
    if (bridges.has(token.word)) continue;
    if (lexicon.headAnaphors.includes(token.word) && freeWords === 0) {
      // "4,000 more troops" names its noun; "4,000 more" points back.
      const named = headAt(words, i + 1, sentence, lexicon);
      return named && named.kind !== "casualty" ? named : "ANAPHOR";
    }
    if (freeWords === 0 && nationalitiesOf(lexicon).get(token.word) && nationalityEndsPhrase(words, i, lexicon)) {
      return { unit: "people", kind: "people", subject: nationalitiesOf(lexicon).get(token.word) ?? null };
    }
    if (DESIGNATION.test(token.word) || nationalitiesOf(lexicon).get(token.word)) continue;
    // "6,700 Rohingya", "thousands of Rohingya": right after the figure or its bridge.
    if (freeWords === 0) {
      const people = peopleNamedAfter(words, i, lexicon);
      if (people) return people;
    }
    if (++freeWords > lexicon.maxWordsBeforeHead) return null;
  }
  return null;
}

/** True when the word right after the figure is a counted noun ("2000 soldats"). */
export function nextWordIsHead(sentence: string, end: number, lexicon: Lexicon): boolean {
  const words = new Tokens(sentence.slice(end, end + 30));
  let first = words.at(0);
  for (let i = 1; first?.punct; i++) first = words.at(i);
  return first ? Boolean(headNouns(lexicon).get(first.word) ?? demonymsOf(lexicon).get(first.word)) : false;
}

const introducerRegex = perLexicon((lexicon): RegExp => new RegExp(`${phraseAlternation(lexicon.countIntroducers)}`, "giu"));

/** "le nombre de soldats … à 10 000", "the number of troops at 10,000". */
/**
 * How far before a figure "the number of X" may stand: a long complement may
 * come between ("the number of fatalities from the earthquake that affected
 * numerous provinces on Friday has risen to 2,862"), within one clause.
 */
const INTRODUCER_REACH = 160;
const CLAUSE_BREAK = /[.;:!?()]/u;

export function headIntroducedBefore(sentence: string, start: number, lexicon: Lexicon): Head | null {
  const regex = introducerRegex(lexicon);
  const before = sentence.slice(Math.max(0, start - INTRODUCER_REACH), start);
  let last: RegExpExecArray | null = null;
  regex.lastIndex = 0;
  for (let m = regex.exec(before); m; m = regex.exec(before)) last = m;
  if (!last || CLAUSE_BREAK.test(before.slice(last.index))) return null;
  const offset = start - before.length + last.index + last[0].length;
  const found = headAfter(sentence, offset, lexicon);
  return found === "ANAPHOR" ? null : found;
}
