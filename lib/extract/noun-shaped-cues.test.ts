// A French speech verb read by its stem ("évalu*", "recens*", "chiffr*") that
// ends as a noun ("une grande évaluation", "le recensement") is no cue: the
// words before it are its determiner and adjectives, not a speaker, and a
// pronoun after it still stands for who spoke before. One row per phrasing
// (invented sentences, in no eval set).
import { describe, it } from "vitest";
import { type CreditedRow, expectCredited } from "../../test/counted-figure";

const CREDITED: CreditedRow[] = [
  ["fr", "L'ISW a publié une grande évaluation de la situation. D'après lui, 2 100 soldats sont stationnés à Koursk.", 2100, "isw"],
  ["fr", "Le Pentagone a livré une nouvelle estimation. Selon lui, 12 000 soldats sont déployés.", 12000, "us_dod"],
  ["fr", "La CGT a annoncé un long recensement des cortèges. Selon elle, 45 000 personnes ont défilé.", 45000, "cgt"],
  ["fr", "La CGT a présenté un premier chiffrage. Selon elle, 45 000 personnes ont défilé.", 45000, "cgt"],
];

describe("a French cue that ends as a noun", () => {
  it.each(CREDITED)("(%s) %s → %d from %s", (language, text, value, id) => expectCredited(language, text, value, id));
});
