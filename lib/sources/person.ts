// A speaker named with an office and a person ("le ministre de l'Intérieur
// Gérald Darmanin", "Turkey's Vice President Fuat Oktay"): the office speaks
// for an institution, the person is kept beside it.
import type { Language } from "../claims/claim";
import { EN_SPEAKERS, FR_SPEAKERS, type SpeakerLexicon } from "../extract/lexicon/speakers";
import { fold, hasWords } from "./fold";
import { KIND_WORDS } from "./lexicon/kinds";
import { guessKind } from "./source-kind";

/** Module constants, not literals in the functions below: tsx compiles a regex literal with a Unicode property escape to a `new RegExp` run on every call. */
const OFFICE_COMMA_PERSON = /^([^,]+),\s+(\p{Lu}[^,]*)$/u;
const ELIDED_CAPITAL = /^(?:l|d)['’]\p{Lu}/u;
const LETTER = /\p{L}/u;

export interface OfficeAndPerson {
  /** The office or institution, as written; null when the name is only a person's. */
  office: string | null;
  person: string | null;
}

const LEXICON: Record<Language, SpeakerLexicon> = { fr: FR_SPEAKERS, en: EN_SPEAKERS };
const INSTITUTION_WORDS = KIND_WORDS.flatMap(([, words]) => words);
/** Each language's office titles as patterns, with the institution each names: built once, not per office read. */
const OFFICE_INSTITUTIONS: Record<Language, [RegExp, string][]> = {
  fr: officePatterns(FR_SPEAKERS),
  en: officePatterns(EN_SPEAKERS),
};

function officePatterns(lexicon: SpeakerLexicon): [RegExp, string][] {
  return lexicon.officeInstitutions.map(([title, institution]) => [new RegExp(`(^|[\\s'’])${title}(?=$|\\s)`, "iu"), institution]);
}

/** "Fernando", "al-Shukri", initials "L.C." or "J.": the words of a person's name. */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]+|(?:al|el|ad|ash|bin|ben|abu|ibn)-\p{Lu}[\p{Ll}'’]+|\p{Lu}\.(?:-?\p{Lu}\.)*)$/u;
/** "Grande-Marlaska", "Jean-Luc": a compound name, a person's only beside another name word ("Ouest-France" alone is not). */
const COMPOUND_NAME = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)+$/u;

/** Whether the word at `i` belongs to the run of a person's name that ends the phrase. */
function nameWordAt(words: readonly string[], i: number): boolean {
  const word = words[i] as string;
  if (isInstitutionWord(word)) return false;
  if (NAME_WORD.test(word)) return true;
  return COMPOUND_NAME.test(word) && [words[i - 1], words[i + 1]].some((w) => w !== undefined && NAME_WORD.test(w));
}
const PLACE_BEFORE = /^(?:in|at|à|en|dans)$/iu;
const LINK_BEFORE = /^(?:l'|l’|d'|d’|de|du|des|la|le|of|the|'s)$/iu;

const SINGLE_INSTITUTION_WORDS = new Set(INSTITUTION_WORDS.filter((w) => !w.includes(" ")));

function isInstitutionWord(word: string): boolean {
  return SINGLE_INSTITUTION_WORDS.has(fold(word));
}

export function splitPerson(name: string, language: Language): OfficeAndPerson {
  // "Police Spokesperson, SP Ruwan Gunasekara": an office and the person set off after it, rank and all.
  const comma = OFFICE_COMMA_PERSON.exec(name.trim());
  if (comma?.[1] && comma[2] && LEXICON[language].titles.some((t) => hasWords(fold(comma[1] as string), fold(t)))) return { office: comma[1], person: comma[2] };
  const words = name.trim().split(/\s+/u);
  let start = words.length;
  while (start > 0 && nameWordAt(words, start - 1)) start--;
  // "de l'Intérieur Gérald Darmanin": the first capitalised word after a link belongs to the office.
  const linked = start > 0 && LINK_BEFORE.test(words[start - 1] as string);
  const elided = start < words.length && ELIDED_CAPITAL.test(words[start] ?? "");
  if (linked || elided) start++;
  // "the delegation in Lima": a name after a place preposition is a place.
  if (start >= words.length || PLACE_BEFORE.test(words[start - 1] ?? "")) return { office: name, person: null };
  const run = fold(words.slice(start).join(" "));
  if (INSTITUTION_WORDS.some((w) => hasWords(run, w))) return { office: name, person: null };
  if (start === 0) return { office: null, person: name };
  const office = words.slice(0, start).join(" ").replace(/[,\s]+$/u, "");
  const hasTitle = LEXICON[language].titles.some((t) => hasWords(fold(office), fold(t)));
  return hasTitle ? { office, person: words.slice(start).join(" ") } : { office: name, person: null };
}

/** The institution an office speaks for: "ministre de l'Intérieur" → "ministère de l'Intérieur"; "secrétaire général de la CGT" → "la CGT". */
export function institutionOf(office: string, language: Language): string {
  const lexicon = LEXICON[language];
  const opening = fold(office).split(" ").filter((w) => !/^(?:le|la|l|the|a|an)$/u.test(w))[0] ?? "";
  if (lexicon.territorialTitles.includes(opening)) return office;
  for (const [re, institution] of OFFICE_INSTITUTIONS[language]) {
    if (re.test(office)) return office.replace(re, `$1${institution}`);
  }
  // "police spokesman", "Foreign Ministry spokeswoman": an English title after its institution.
  const trailing = language === "en" ? trailingTitle(office, lexicon) : null;
  if (trailing) return trailing;
  const link = language === "fr" ? /^(?:\S+\s+){0,3}?(?:de la|de l['’]|du|des|de|d['’])\s*(.+)$/iu : /^(?:\S+\s+){0,3}?of\s+(.+)$/iu;
  const words = fold(office).split(" ");
  const titled = lexicon.titles.some((t) => {
    const title = fold(t).split(" ");
    return [0, 1].some((at) => title.every((w, k) => words[at + k] === w));
  });
  const rest = titled ? link.exec(office)?.[1] : undefined;
  return rest && LETTER.test(rest) ? rest : office;
}

/** The words before a title that ends an English office ("police spokesman" → "police"), or null. */
function trailingTitle(office: string, lexicon: SpeakerLexicon): string | null {
  const m = /^(?:the\s+)?(.+?)(?:['’]s)?\s+(\S+)$/iu.exec(office.trim());
  const institution = m?.[1];
  if (!institution || !m?.[2] || !TRAILING_TITLES.has(fold(m[2]))) return null;
  // "Fire chief": a word that names no kind of institution stays with its title.
  if (lexicon.titles.some((t) => fold(t) === fold(institution)) || guessKind(institution) === "other") return null;
  return institution;
}
const TRAILING_TITLES = new Set(["spokesman", "spokeswoman", "spokesperson", "chief", "head", "director", "commissioner"]);
