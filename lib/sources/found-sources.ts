// The sources one article names that the gazetteer lacks, merged as the
// article goes: a phrase becomes a source with a stable id from its folded
// name and a kind from its words; an acronym and its long form, a curated
// French or English form, a person's surname after their full name, and a
// short form of a name given before ("la préfecture" after "la préfecture de
// police de Paris") all resolve to the same source.
import type { Language } from "../claims/claim";
import type { Agency } from "./agencies";
import { foldedKey, hasWords, sourceId } from "./fold";
import { KNOWN_SOURCES, type KnownSource } from "./lexicon/known-sources";
import { institutionOf, splitPerson } from "./person";
import { guessKind, isGeneric } from "./source-kind";

/** Module constants, not literals in the functions below: tsx compiles a regex literal with a Unicode property escape to a `new RegExp` run on every call. */
const QUOTED_NAME = /[«“"]\s*(\p{Lu}[^«»“”"]*?)\s*[»”"]/u;
const NAME_AFTER_DESCRIPTION = /^\p{Ll}[\p{Ll}\s'’-]*\s((?:\p{Lu}[\p{L}'’-]*)(?:\s(?:of|for|the|and|et|de|du|des|\p{Lu}[\p{L}'’-]*))*\s\p{Lu}[\p{L}'’-]*)$/u;
const ACRONYM_AMONG_NOUNS = /^(?:\p{Ll}[\p{Ll}'’-]*\s)*(\p{Lu}{2,}[\p{Lu}\p{N}&-]*)(?:\s\p{Ll}[\p{Ll}'’-]*)*$/u;
const NAME_AFTER_NOUNS = /^(?:\p{Ll}[\p{Ll}'’-]*\s)+(\p{Lu}[\p{L}\p{N}&'’-]*)$/u;
const NAMED_PAIR = /^(\p{Lu}[\p{Lu}\p{N}-]+)\s(?:et|and)\s\p{Lu}[\p{Lu}\p{N}-]+$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const ACRONYM_ONLY = /^[\p{Lu}\p{N}&-]+$/u;

export interface FoundAgency extends Agency {
  /** Every way the article named it. */
  written: string[];
}

const KNOWN = new Map<string, KnownSource>(KNOWN_SOURCES.flatMap((k) => k.forms.map((f): [string, KnownSource] => [f, k])));
/** Nationality words dropped when looking a name up among the curated forms: "French Interior Ministry". */
const NATIONAL = /\b(?:french|francais|francaise|national|nationale|federal|federale)\b/gu;

function known(key: string): KnownSource | undefined {
  return KNOWN.get(key) ?? KNOWN.get(key.replace(NATIONAL, " ").replace(/\s+/g, " ").trim());
}

/** Kinds an article refers back to by their head noun alone; "the authorities" or "the official" stay unnamed. */
const ANAPHORIC_KINDS = new Set<string>(["union", "ministry", "party", "health", "police", "ngo", "un_agency", "company"]);

const COMPLEMENT = /(?:^|\s)(?:(?:de|du|des|la|le|les|à|au|aux|en|pour|par|sur|of|the|for|in|at|on|by|from)(?:\s|$)|[dl]['’])/iu;

/** "the humanitarian organization Syria Civil Defense": a description before a proper name; the name is the source. */
function properTail(name: string): string {
  // "le collectif «Le Nombre Jaune»": the name in quotes is the source.
  const quoted = QUOTED_NAME.exec(name);
  if (quoted?.[1]) return quoted[1];
  const m = NAME_AFTER_DESCRIPTION.exec(name);
  // "the CGT union", "le syndicat CGT", "the charity Oxfam": an acronym among common nouns, or one name after them, is the source.
  // A complement ("préfecture de la Gironde") is part of the name, not a description before it.
  const single = COMPLEMENT.test(name)
    ? null
    : (ACRONYM_AMONG_NOUNS.exec(name) ??
      NAME_AFTER_NOUNS.exec(name));
  const tail = m?.[1] ?? single?.[1] ?? name;
  // "CGT et FO": two named together; the first is credited.
  const pair = NAMED_PAIR.exec(tail);
  return pair?.[1] ?? tail;
}

export class FoundSources {
  private readonly byKey = new Map<string, FoundAgency>();
  /** Acronym key ↔ long-form key, both ways. */
  private readonly pairs = new Map<string, string>();
  private readonly bySurname = new Map<string, { agency: FoundAgency; person: string }>();

  constructor(private readonly language: Language) {}

  /** Gazetteer names the article gave: a short form after them ("the air force") names the same agency. */
  private readonly gazetteer: { agency: Agency; text: string }[] = [];

  /** Kept as written; folded only when a phrase is looked up, which most articles never need. */
  noteGazetteer(mentions: readonly { agency: Agency; text: string }[]): void {
    for (const m of mentions) this.gazetteer.push(m);
  }

  private gazetteerShortForm(key: string): Agency | undefined {
    if (isGeneric(key)) return undefined;
    for (let i = this.gazetteer.length - 1; i >= 0; i--) {
      const { agency, text } = this.gazetteer[i] as { agency: Agency; text: string };
      const name = foldedKey(text);
      if (name !== key && hasWords(name, key)) return agency;
    }
    return undefined;
  }

  /** "Confédération générale du travail (CGT)": both name one source. */
  learnAcronym(long: string, acronym: string): void {
    const a = foldedKey(acronym);
    const l = foldedKey(long);
    if (!a || !l || this.pairs.has(a)) return;
    this.pairs.set(a, l);
    this.pairs.set(l, a);
  }

  /** The source a speaker's phrase names; `body` is the phrase without its determiner. */
  resolve(written: string, body: string, acronym: string | null = null): Agency | null {
    if (acronym) this.learnAcronym(body, acronym);
    // "le porte-parole du ministère de l'Intérieur Laxmi Prasad Dhakal": a generic head the article names is no longer unnamed.
    const split = splitPerson(body, this.language);
    const generic = isGeneric(written) && !(split.office && split.person);
    const { office, person } = generic ? { office: body, person: null } : split;
    if (!office && person) {
      const surname = foldedKey(person).split(" ").pop() ?? "";
      const before = this.bySurname.get(surname);
      if (before) return { ...before.agency, person: before.person };
    }
    const institution = properTail(office ? institutionOf(office, this.language) : (person as string));
    const key = foldedKey(institution);
    if (!key) return null;
    const short = this.byKey.has(key) ? undefined : this.gazetteerShortForm(key);
    if (short) return short;
    const agency = this.lookUp(key, institution) ?? this.create(key, generic ? written : institution, office ? null : "person");
    if (!agency.written.includes(written)) agency.written.push(written);
    if (person) this.bySurname.set(foldedKey(person).split(" ").pop() ?? "", { agency, person });
    return person ? { ...agency, person } : agency;
  }

  private lookUp(key: string, written: string): FoundAgency | undefined {
    const paired = this.pairs.get(key);
    const candidates = [key, paired].filter((k): k is string => Boolean(k));
    for (const k of candidates) {
      const found = this.byKey.get(k);
      if (found) return found;
    }
    for (const k of candidates) {
      const curated = known(k);
      if (curated) return this.byKey.get(curated.id) ?? this.remember(k, this.fromKnown(curated, written));
    }
    // A short form of a name given before: "la préfecture" after "la préfecture de police de Paris".
    // A head noun alone after its full name: "the study" after "a Harvard study".
    // "the home ministry" after "the home ministry's disaster response unit" is the whole, not the part it owns.
    for (const [k, agency] of this.byKey) if ((k.startsWith(`${key} `) && !k.startsWith(`${key} s `)) || (!key.includes(" ") && k.endsWith(` ${key}`))) return this.remember(key, agency);
    return this.lastOfKind(key, written);
  }

  /** "Le syndicat" after "la CGT": a bare head noun names the last source of its kind the article named; "ONU" is a name, no head noun. */
  private lastOfKind(key: string, written: string): FoundAgency | undefined {
    if (key.includes(" ") || CAPITAL_FIRST.test(written)) return undefined;
    const kind = guessKind(key);
    if (!ANAPHORIC_KINDS.has(kind)) return undefined;
    return this.all().findLast((agency) => agency.kind === kind);
  }

  /** A curated source keeps its id; its name is the article's, unless the article gives only the acronym. */
  private fromKnown(k: KnownSource, written: string): FoundAgency {
    const name = ACRONYM_ONLY.test(written) ? k.name : written;
    const agency: FoundAgency = { id: k.id, name, country: null, kind: k.kind, aliases: { fr: [], en: [] }, people: [], written: [] };
    this.byKey.set(k.id, agency);
    return agency;
  }

  private create(key: string, name: string, kind: "person" | null): FoundAgency {
    const paired = this.pairs.get(key);
    // An acronym learned from the text gives the short, stable id; the long form the name.
    const acronymKey = paired && paired.length < key.length ? paired : key;
    const longName = paired && paired.length > key.length ? `${name} (${paired.toUpperCase()})` : name;
    const agency: FoundAgency = {
      id: sourceId(acronymKey), name: longName, country: null, kind: kind ?? guessKind(name), aliases: { fr: [], en: [] }, people: [], written: [],
    };
    return this.remember(key, agency);
  }

  private remember(key: string, agency: FoundAgency): FoundAgency {
    this.byKey.set(key, agency);
    return agency;
  }

  /** Every source found so far. */
  all(): FoundAgency[] {
    return [...new Set(this.byKey.values())];
  }
}
