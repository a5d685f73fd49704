// One source named several ways is one source. Each row is a list of speaker
// phrases in the order an article gives them, with the id, kind and person
// each must resolve to. A new way of naming joins by adding a row.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { FoundSources } from "./found-sources";
import { guessKind } from "./source-kind";

/** [written, body (written without its determiner), acronym in parentheses] → [id, kind, person]. */
type Step = [string, string, string | null, string, string, string | null];

const ARTICLES: [string, Language, Step[]][] = [
  ["acronym learned from the text", "fr", [
    ["la Fédération nationale des sapeurs-pompiers", "Fédération nationale des sapeurs-pompiers", "FNSPF", "fnspf", "government", null],
    ["la FNSPF", "FNSPF", null, "fnspf", "government", null],
  ]],
  ["acronym and long form from the curated list", "fr", [
    ["la CFDT", "CFDT", null, "cfdt", "union", null],
    ["la Confédération française démocratique du travail", "Confédération française démocratique du travail", null, "cfdt", "union", null],
  ]],
  ["French and English names of one institution", "en", [
    ["the French Interior Ministry", "French Interior Ministry", null, "interior-ministry", "ministry", null],
    ["the ministry of the interior", "ministry of the interior", null, "interior-ministry", "ministry", null],
  ]],
  ["a minister named with the office, later by surname", "fr", [
    ["le ministre de l'Intérieur Jean Martin", "ministre de l'Intérieur Jean Martin", null, "interior-ministry", "ministry", "Jean Martin"],
    ["Martin", "Martin", null, "interior-ministry", "ministry", "Jean Martin"],
  ]],
  ["an office with a person, in English", "en", [
    ["Peru's Deputy Health Minister Ana Ruiz", "Peru's Deputy Health Minister Ana Ruiz", null, "peru-s-deputy-health-ministry", "health", "Ana Ruiz"],
  ]],
  ["a short form of a name given before", "fr", [
    ["la préfecture de la Gironde", "préfecture de la Gironde", null, "prefecture-de-la-gironde", "police", null],
    ["la préfecture", "préfecture", null, "prefecture-de-la-gironde", "police", null],
  ]],
  ["generic speakers stay as written", "en", [
    ["the organisers", "organisers", null, "organisers", "unnamed", null],
    ["les organisateurs", "organisateurs", null, "organisateurs", "unnamed", null],
    ["a senior Egyptian official", "senior Egyptian official", null, "senior-egyptian-official", "unnamed", null],
    ["police sources", "police sources", null, "police-sources", "unnamed", null],
  ]],
  ["an acronym with common nouns around it", "en", [
    ["the CGT union", "CGT union", null, "cgt", "union", null],
    ["the union's leader", "union's leader", null, "union-s-leader", "union", null],
  ]],
  ["a bare head noun after a source of its kind", "fr", [
    ["la CGT", "CGT", null, "cgt", "union", null],
    ["la préfecture de police", "préfecture de police", null, "paris-police-prefecture", "police", null],
    ["le syndicat", "syndicat", null, "cgt", "union", null],
    ["les organisateurs", "organisateurs", null, "organisateurs", "unnamed", null],
  ]],
  ["a bare head noun with no source of its kind before it", "en", [
    ["the ministry", "ministry", null, "ministry", "ministry", null],
  ]],
  ["an acronym after its description", "fr", [
    ["le syndicat Solidaires", "syndicat Solidaires", null, "solidaires", "union", null],
    ["le syndicat FSU", "syndicat FSU", null, "fsu", "union", null],
  ]],
  ["a description before a proper name", "en", [
    ["the rescue group White Helmets", "rescue group White Helmets", null, "white-helmets", "ngo", null],
  ]],
];

describe("found sources", () => {
  it.each(ARTICLES)("%s", (_title, language, steps) => {
    const registry = new FoundSources(language);
    for (const [written, body, acronym, id, kind, person] of steps) {
      const found = registry.resolve(written, body, acronym);
      expect([found?.id, found?.kind, found?.person ?? null], written).toEqual([id, kind, person]);
    }
  });
});

const KINDS: [string, string][] = [
  ["ministère de l'Agriculture", "ministry"], ["Ministry of Defence", "ministry"], ["Santé publique France", "health"],
  ["the Gaza health ministry", "health"], ["préfecture du Nord", "police"], ["Metropolitan Police", "police"],
  ["syndicat Sud-Rail", "union"], ["the teachers' union", "union"], ["Parti socialiste", "party"], ["the Labour Party", "party"],
  ["Croix-Rouge française", "ngo"], ["Save the Children", "other"], ["UN children's agency", "un_agency"],
  ["le quotidien régional", "media"], ["state broadcaster NHK", "media"], ["la société Vinci", "company"],
  ["Ana Ruiz", "person"], ["les organisateurs", "unnamed"], ["des sources policières", "unnamed"], ["a US official", "unnamed"],
  ["the mayor of Valparaíso", "government"], ["Protection civile", "government"],
];

describe("source kinds", () => {
  it.each(KINDS)("%s is %s", (name, kind) => expect(guessKind(name)).toBe(kind));
});
