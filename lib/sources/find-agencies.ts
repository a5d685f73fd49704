// Finding the agencies a text names, with offsets. Aliases are tried only at
// word starts whose first two letters begin some alias, longest alias first,
// so "renseignement militaire ukrainien" (GUR) wins over "renseignement
// ukrainien" (unspecified) at the same place.
import type { Language } from "../claims/claim";
import { phraseAlternation } from "../extract/text";
import { AGENCIES, type Agency } from "./agencies";
import { lowered } from "./tokens";
import { type AliasStart, aliasStartFinder, mayOpenAt, plainOpening } from "./alias-starts";

/** Module constants, not literals in the functions below: tsx compiles a regex literal with a Unicode property escape to a `new RegExp` run on every call. */
const CAPITALS_AND_DOTS = /^[\p{Lu}.]+$/u;

export interface AgencyMention {
  agency: Agency;
  start: number;
  end: number;
  text: string;
}

/** Aliases grouped by their first two letters, tried only where a word starts with them. */
interface AgencyMatcher {
  /** The next word start that begins some alias: the only places worth trying. */
  startAt: (text: string, from: number) => AliasStart | null;
  byKey: Map<string, AliasGroup>;
  byAlias: Map<string, Agency>;
  /** Aliases keyed by their words without plural or feminine endings; the first alias listed wins. */
  bySingular: Map<string, Agency>;
  /** What each matched text resolved to. */
  resolved: Map<string, Agency | undefined>;
}

/** Most groups are never tried in an article: their regexes are built on first use (building them all took ~45 ms a language). */
class AliasGroup {
  private exactRegex: RegExp | null | undefined;
  private looseRegex: RegExp | null | undefined;

  constructor(
    private readonly exactAliases: string[],
    private readonly looseAliases: string[],
    /** What every case-sensitive alias opens with, written as is: the exact pattern can only match where one of them stands. */
    readonly exactOpenings: string[],
    /** What every other alias opens with, in lowercased plain letters (see `plainOpening`). */
    readonly looseOpenings: string[],
  ) {}

  get exact(): RegExp | null {
    if (this.exactRegex === undefined) this.exactRegex = sticky(this.exactAliases, "uy", false);
    return this.exactRegex;
  }

  get loose(): RegExp | null {
    if (this.looseRegex === undefined) this.looseRegex = sticky(this.looseAliases, "iuy", true);
    return this.looseRegex;
  }
}

const matchers = new Map<Language, AgencyMatcher>();

function aliasKey(alias: string): string {
  return alias.toLowerCase().replace(/['’ʼ]/g, "'").replace(/[\s\u00A0\u202F]+/g, " ");
}

/** Three letters narrow the candidates well; two-letter aliases ("UE", "UN") key on two. */
function startKey(s: string, length = 3): string {
  // Typographic apostrophes folded as the aliases are: "l’O" must find the group of "l'O".
  return lowered(s.slice(0, length));
}

/** Acronyms and people's names are proper nouns: their case must match. */
function isCaseSensitive(alias: string, agency: Agency): boolean {
  return CAPITALS_AND_DOTS.test(alias) || agency.people.includes(alias);
}

function singularOf(key: string): string {
  return key.split(" ").map((w) => w.replace(/(?:e|ne)?s?$/u, "")).join(" ");
}

/** The start of an alias that its pattern matches character for character: up to a space, hyphen or apostrophe. */
function literalOpening(alias: string): string {
  return /^[^\s'’ʼ*-]*/u.exec(alias)?.[0] ?? "";
}

function sticky(aliases: string[], flags: string, inflect: boolean): RegExp | null {
  return aliases.length ? new RegExp(phraseAlternation(aliases, inflect), flags) : null;
}

function buildMatcher(language: Language): AgencyMatcher {
  const groups = new Map<string, { exact: string[]; loose: string[] }>();
  const byAlias = new Map<string, Agency>();
  const other: Language = language === "fr" ? "en" : "fr";
  for (const agency of AGENCIES) {
    for (const alias of [...agency.aliases[language], ...agency.aliases[other], ...agency.people]) {
      if (!byAlias.has(aliasKey(alias))) byAlias.set(aliasKey(alias), agency);
      const key = startKey(alias);
      const group = groups.get(key) ?? { exact: [], loose: [] };
      (isCaseSensitive(alias, agency) ? group.exact : group.loose).push(alias);
      groups.set(key, group);
    }
  }
  const byKey = new Map(
    [...groups].map(([key, g]): [string, AliasGroup] => [
      key,
      new AliasGroup(g.exact, g.loose, [...new Set(g.exact.map(literalOpening))], [...new Set(g.loose.map(plainOpening))]),
    ]),
  );
  const bySingular = new Map<string, Agency>();
  for (const [alias, agency] of byAlias) {
    const singular = singularOf(alias);
    if (!bySingular.has(singular)) bySingular.set(singular, agency);
  }
  return { startAt: aliasStartFinder([...groups.keys()]), byKey, byAlias, bySingular, resolved: new Map() };
}

function matcherFor(language: Language): AgencyMatcher {
  let m = matchers.get(language);
  if (!m) {
    m = buildMatcher(language);
    matchers.set(language, m);
  }
  return m;
}

/** Strips the plural or feminine endings the loose pattern allows, to find the alias. */
function resolveAlias(found: string, matcher: AgencyMatcher): Agency | undefined {
  if (matcher.resolved.has(found)) return matcher.resolved.get(found);
  const key = aliasKey(found);
  const agency = matcher.byAlias.get(key) ?? matcher.bySingular.get(singularOf(key));
  matcher.resolved.set(found, agency);
  return agency;
}

function matchAt(regex: RegExp | null, text: string, at: number): string | null {
  if (!regex) return null;
  regex.lastIndex = at;
  return regex.exec(text)?.[0] ?? null;
}

function exactAt(group: AliasGroup, text: string, at: number): string | null {
  if (!group.exactOpenings.some((opening) => text.startsWith(opening, at))) return null;
  return matchAt(group.exact, text, at);
}

function looseAt(group: AliasGroup, text: string, at: number): string | null {
  if (!group.looseOpenings.some((opening) => mayOpenAt(text, at, opening))) return null;
  return matchAt(group.loose, text, at);
}

/** The longer match; on a tie, the one found first. */
function longer(best: string | null, m: string | null): string | null {
  return m && m.length > (best?.length ?? 0) ? m : best;
}

/** Agencies named in `text`, in order, overlaps resolved in favour of the longer name. */
export function findAgencies(text: string, language: Language): AgencyMention[] {
  const matcher = matcherFor(language);
  const kept: AgencyMention[] = [];
  let reach = 0;
  let from = 0;
  for (let w = matcher.startAt(text, from); w; w = matcher.startAt(text, from)) {
    from = w.index + w.length;
    if (w.index < reach) continue;
    // The key read at the start, when there is one, spares making it again from the text.
    const long = matcher.byKey.get(w.key ?? startKey(text.slice(w.index, w.index + 3)));
    const short = matcher.byKey.get(startKey(text.slice(w.index, w.index + 2), 2));
    if (!long && !short) continue;
    let found: string | null = null;
    if (long) found = longer(longer(found, exactAt(long, text, w.index)), looseAt(long, text, w.index));
    if (short) found = longer(longer(found, exactAt(short, text, w.index)), looseAt(short, text, w.index));
    const agency = found ? resolveAlias(found, matcher) : undefined;
    if (!found || !agency) {
      from = w.index + 1;
      continue;
    }
    kept.push({ agency, start: w.index, end: w.index + found.length, text: found });
    reach = w.index + found.length;
    from = reach;
  }
  return kept;
}
