import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { AGENCIES, AGENCY_KINDS } from "./agencies";
import { findAgencies } from "./find-agencies";

const MENTIONS: [string, Language, string[]][] = [
  ["selon le renseignement militaire ukrainien (GUR)", "fr", ["gur", "gur"]],
  ["les services de renseignements militaires ukrainiens", "fr", ["gur"]],
  ["des sources du renseignement ukrainien", "fr", ["ukraine_intelligence"]],
  ["le chef de la Direction générale des renseignements du ministère ukrainien de la Défense", "fr", ["gur"]],
  ["le général Kyrylo Boudanov", "fr", ["gur"]],
  ["les services de renseignement sud-coréens", "fr", ["nis"]],
  ["Selon Séoul", "fr", ["nis"]],
  ["le secrétaire américain à la Défense Lloyd Austin", "fr", ["us_dod", "us_dod"]],
  ["l'Institut d'étude de la guerre (ISW)", "fr", ["isw", "isw"]],
  ["Le porte-parole du Kremlin, Dmitri Peskov", "fr", ["kremlin", "kremlin"]],
  ["les soupçons des Occidentaux", "fr", ["western_governments"]],
  ["le service public ukrainien « Suspline »", "fr", ["suspilne", "suspilne"]],
  ["l'OTAN et Mark Rutte", "fr", ["nato", "nato"]],
  // A typographic apostrophe, as most French outlets print it.
  ["l’OTAN et Mark Rutte", "fr", ["nato", "nato"]],
  ["selon l’ONU", "fr", ["un"]],
  ["South Korea's spy agency said", "en", ["nis"]],
  ["Ukraine's military intelligence (HUR) said", "en", ["gur", "gur"]],
  ["the Pentagon and Secretary of State Antony Blinken", "en", ["us_dod", "us_state", "us_state"]],
  ["Pyongyang's KCNA", "en", ["north_korea", "north_korea"]],
  ["President Volodymyr Zelensky", "en", ["ukraine_gov"]],
  ["South Korean Joint Chiefs of Staff (JCS)", "en", ["south_korea_gov", "south_korea_gov"]],
  ["selon l'état-major interarmées sud-coréen", "fr", ["south_korea_gov"]],
  ["le service de renseignement sud-coréen", "fr", ["nis"]],
  ["l'armée de l'air ukrainienne", "fr", ["ukraine_military"]],
  ["Ukraine's air force said", "en", ["ukraine_military"]],
  ["the Kharkiv regional military administration", "en", ["ukraine_regional"]],
  ["le parquet général ukrainien", "fr", ["ukraine_gov"]],
  ["a senior North Korean diplomat", "en", ["north_korea"]],
  ["Russian Defence Ministry spokesman Igor Konashenkov", "en", ["russia_mod", "russia_mod"]],
  ["the Yonhap news agency", "en", ["yonhap"]],
  ["un pays occidental", "fr", []],
  ["une nisse gur", "fr", []],
];

describe("findAgencies", () => {
  it.each(MENTIONS)("%s (%s)", (text, language, ids) => {
    expect(findAgencies(text, language).map((m) => m.agency.id)).toEqual(ids);
  });

  it("gives offsets into the text", () => {
    const text = "D'après le GUR, 30 soldats";
    const [m] = findAgencies(text, "fr");
    expect(m && text.slice(m.start, m.end)).toBe("GUR");
  });
});

describe("AGENCIES", () => {
  it("has unique ids, a known kind and aliases in both languages", () => {
    expect(new Set(AGENCIES.map((a) => a.id)).size).toBe(AGENCIES.length);
    for (const a of AGENCIES) {
      expect(AGENCY_KINDS).toContain(a.kind);
      expect(a.aliases.fr.length + a.aliases.en.length).toBeGreaterThan(0);
    }
  });
});
