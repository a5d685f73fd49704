// Finding the agencies a text names, with offsets. Aliases are tried only at
// word starts whose first two letters begin some alias, longest alias first,
// so "renseignement militaire ukrainien" (GUR) wins over "renseignement
// ukrainien" (unspecified) at the same place.
import type { Language } from "../claims/claim";
import { phraseAlternation } from "../extract/text";
import { AGENCIES, type Agency } from "./agencies";

export interface AgencyMention {
  agency: Agency;
  start: number;
  end: number;
  text: string;
}

/** Aliases grouped by their first two letters, tried only where a word starts with them. */
interface AgencyMatcher {
  /** Word starts that begin some alias: the only places worth trying. */
  starts: RegExp;
  byKey: Map<string, { exact: RegExp | null; loose: RegExp | null }>;
  byAlias: Map<string, Agency>;
}

const matchers = new Map<Language, AgencyMatcher>();

function aliasKey(alias: string): string {
  return alias.toLowerCase().replace(/['’ʼ]/g, "'").replace(/[\s\u00A0\u202F]+/g, " ");
}

/** Three letters narrow the candidates well; two-letter aliases ("UE", "UN") key on two. */
function startKey(s: string, length = 3): string {
  return s.slice(0, length).toLowerCase();
}

/** Acronyms and people's names are proper nouns: their case must match. */
function isCaseSensitive(alias: string, agency: Agency): boolean {
  return /^[\p{Lu}.]+$/u.test(alias) || agency.people.includes(alias);
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
    [...groups].map(([key, g]) => [key, { exact: sticky(g.exact, "uy", false), loose: sticky(g.loose, "iuy", true) }]),
  );
  const keys = [...groups.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’ʼ]"));
  const starts = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.sort((a, b) => b.length - a.length).join("|")})`, "giu");
  return { starts, byKey, byAlias };
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
function resolveAlias(found: string, byAlias: Map<string, Agency>): Agency | undefined {
  const key = aliasKey(found);
  const direct = byAlias.get(key);
  if (direct) return direct;
  const singular = key.split(" ").map((w) => w.replace(/(?:e|ne)?s?$/u, "")).join(" ");
  for (const [alias, agency] of byAlias) {
    if (alias.split(" ").map((w) => w.replace(/(?:e|ne)?s?$/u, "")).join(" ") === singular) return agency;
  }
  return undefined;
}

function matchAt(regex: RegExp | null, text: string, at: number): string | null {
  if (!regex) return null;
  regex.lastIndex = at;
  return regex.exec(text)?.[0] ?? null;
}

/** Agencies named in `text`, in order, overlaps resolved in favour of the longer name. */
export function findAgencies(text: string, language: Language): AgencyMention[] {
  const matcher = matcherFor(language);
  const kept: AgencyMention[] = [];
  let reach = 0;
  const starts = matcher.starts;
  starts.lastIndex = 0;
  for (let w = starts.exec(text); w; w = starts.exec(text)) {
    if (w.index < reach) continue;
    const long = matcher.byKey.get(startKey(text.slice(w.index, w.index + 3)));
    const short = matcher.byKey.get(startKey(text.slice(w.index, w.index + 2), 2));
    if (!long && !short) continue;
    const found = [long?.exact, long?.loose, short?.exact, short?.loose]
      .map((regex) => matchAt(regex ?? null, text, w.index))
      .reduce<string | null>((best, m) => (m && m.length > (best?.length ?? 0) ? m : best), null);
    const agency = found ? resolveAlias(found, matcher.byAlias) : undefined;
    if (!found || !agency) {
      starts.lastIndex = w.index + 1;
      continue;
    }
    kept.push({ agency, start: w.index, end: w.index + found.length, text: found });
    reach = w.index + found.length;
    starts.lastIndex = reach;
  }
  return kept;
}
