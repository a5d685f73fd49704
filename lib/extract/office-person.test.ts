// A person who speaks for an institution: the institution is the source and
// the person is kept beside it, however the sentence names them (an office
// and a name set off by commas, a possessive title, initials, compound
// names). One row per phrasing, invented sentences in no eval set: text → the
// figure's value, the source id, the person (null: none named).
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { claimOfValue } from "../../test/counted-figure";

type Row = [Language, string, number, string | null, string | null];

const ROWS: Row[] = [
  // An office, then the person between commas.
  ["en", "The health minister, Maria Lopez, said 64 people had died in the floods.", 64, "health-ministry", "Maria Lopez"],
  ["fr", "Le ministre de l'Intérieur, Paul Girard, a annoncé 450 interpellations.", 450, "interior-ministry", "Paul Girard"],
  ["en", "The regional police spokesman, Tom Barker, said 12 officers were hurt.", 12, "regional-police", "Tom Barker"],
  ["en", "Port police spokesperson, Insp Mark Dube, said 18 people had been detained.", 18, "port-police", "Insp Mark Dube"],
  // A name set off by commas after a description, not an office: the person speaks alone.
  ["fr", "Un témoin, Karim Haddad, a affirmé que 30 personnes étaient mortes.", 30, "karim-haddad", "Karim Haddad"],
  // After a connector and a comma, the words up to the verb are the subject.
  ["en", "However, a new survey conducted by volunteers from the Norland Health Institute, concluded that 900 homes were lost.", 900, "norland-health-institute", null],
  // Initials and compound names belong to the person, not to the office or a sentence's end.
  ["en", "At least 40 people died, according to the region's police chief J.K. Mbeki.", 40, "region-s-police", "J.K. Mbeki"],
  ["en", "The interior minister, Luis Ortega-Prieto, said 120 people had died.", 120, "interior-ministry", "Luis Ortega-Prieto"],
  ["en", "Health minister Omar al-Hadi said 35 people were wounded.", 35, "health-ministry", "Omar al-Hadi"],
  ["fr", "Selon le ministre de la Santé Jean-Paul Morel, 75 blessés ont été hospitalisés.", 75, "health-ministry", "Jean-Paul Morel"],
  // A title behind a possessive speaks for the organisation named before it, or for the last speaker.
  ["en", "The figures came from the Aral Relief Society, but its spokesman Karim Bashir said 300 families had fled.", 300, "aral-relief-society", "Karim Bashir"],
  ["fr", "Le Secours populaire a ouvert trois centres et son porte-parole Luc Morel a indiqué que 200 familles étaient hébergées.", 200, "secours-populaire", "Luc Morel"],
  ["fr", "Le collectif Rivière propre a compté 50 maisons inondées. Sa porte-parole a ajouté que 20 familles étaient relogées.", 20, "collectif-riviere-propre", null],
  ["fr", "Son porte-parole, Marc Leroy, a affirmé que 300 personnes étaient mortes.", 300, "marc-leroy", "Marc Leroy"],
];

describe("a person speaking for an institution", () => {
  it.each(ROWS)("(%s) %s", (language, text, value, id, person) => {
    const claim = claimOfValue(language, text, value);
    expect([claim.source?.id ?? null, claim.source?.person ?? null]).toEqual([id, person]);
  });
});
