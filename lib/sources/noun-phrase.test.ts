// Where a speaker's noun phrase starts and ends. One row per phrasing: a new
// one joins by adding a row. `^` marks where the phrase is read from (after a
// cue) or up to (before a verb); the expected text is the phrase, or null.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { phraseAfter } from "./noun-phrase";
import { phraseBefore } from "./noun-phrase-before";

type Row = [Language, string, string | null];

const AFTER: Row[] = [
  ["fr", "Selon ^la CFDT, le cortège comptait 4 000 personnes.", "la CFDT"],
  ["fr", "D'après ^le ministère de la Santé du Liban, 137 morts.", "le ministère de la Santé du Liban"],
  ["fr", "selon ^la préfecture du Rhône à Lyon", "la préfecture du Rhône"],
  ["fr", "selon ^les chiffres de la préfecture de Gironde.", "la préfecture de Gironde"],
  ["fr", "selon ^les estimations les plus prudentes", null],
  ["fr", "selon ^le ministre de l'Éducation Jean Dupont.", "le ministre de l'Éducation Jean Dupont"],
  ["fr", "Selon ^eux, la foule était immense.", ""],
  ["fr", "selon ^des sources policières, 900 interpellations", "des sources policières"],
  ["en", "according to ^the Red Crescent Society in Benghazi", "the Red Crescent Society"],
  ["en", "according to ^figures from the Ministry of Health of Peru.", "the Ministry of Health of Peru"],
  ["en", "according to ^the Office for the Coordination of Humanitarian Affairs (OCHA).", "the Office for the Coordination of Humanitarian Affairs"],
  ["en", "according to ^local officials, 40 homes burned", "local officials"],
  ["en", "according to ^the U.S. Geological Survey.", "the U.S. Geological Survey"],
  ["en", "according to ^them, the march was peaceful.", ""],
  ["en", "compiled by ^the Armed Conflict Location & Event Data project.", "the Armed Conflict Location & Event Data project"],
  ["fr", "selon ^le gouvernement de l'est du pays.", "le gouvernement de l'est du pays"],
  ["fr", "selon ^le gouvernement basé à Tripoli, 300 morts", "le gouvernement basé à Tripoli"],
];

const BEFORE: Row[] = [
  ["fr", "La fédération des transports^ a indiqué", "La fédération des transports"],
  ["fr", "À Lille, l'intersyndicale^ a dénombré", "l'intersyndicale"],
  ["fr", "Le rectorat de Nantes a quant à lui^ recensé", "Le rectorat de Nantes"],
  ["fr", "Le SNES, premier syndicat du secondaire,^ a revendiqué", "Le SNES"],
  ["fr", "Son porte-parole, Marc Leroy,^ a affirmé", "Son porte-parole, Marc Leroy"],
  ["en", "The interior minister, Ana Ruiz,^ said", "The interior minister, Ana Ruiz"],
  ["fr", "Le préfet du Var, Hugo Blanc,^ a indiqué", "Le préfet du Var, Hugo Blanc"],
  ["en", "A witness, Sam Okoro,^ said", "Sam Okoro"],
  ["en", "However, a survey by volunteers from the Norland Health Institute,^ concluded", "the Norland Health Institute"],
  ["fr", "Toutefois, le collectif des habitants du quartier,^ a estimé", "le collectif des habitants du quartier"],
  ["fr", "Les pompiers du Var ont^ comptabilisé", "Les pompiers du Var"],
  ["fr", "Le chiffre a été^ annoncé", null],
  ["fr", "Elle a^ ajouté", ""],
  ["en", "Chile's National Disaster Prevention and Response Service^ said", "Chile's National Disaster Prevention and Response Service"],
  ["en", "Firefighters^ said", "Firefighters"],
  ["en", "Over the weekend the coast guard over the weekend^ said", "the coast guard"],
  ["en", "On Monday the regional government based in Jos^ said", "the regional government based in Jos"],
  ["en", "The port authority officially^ confirmed", "The port authority"],
  ["en", "Epidemiologists^ estimated", "Epidemiologists"],
  ["en", "Based on^ reports", null],
  ["fr", "Le préfet de l'est de la région^ a annoncé", "Le préfet de l'est de la région"],
  ["en", "while organisers^ said", "organisers"],
  ["en", "An Egyptian official^ told", "An Egyptian official"],
  ["en", "The Kenya Red Cross, which runs the camp,^ said", "The Kenya Red Cross"],
  ["en", "the toll rose to 40, the state broadcaster NHK^ reported", "the state broadcaster NHK"],
  ["en", "She also^ said", ""],
  ["en", "a storm already counted among the deadliest floods^ recorded", null],
  ["en", "the toll stood between the two estimates^ reported", null],
  ["fr", "une tempête classée parmi les pires catastrophes^ enregistrées", null],
  ["fr", "Malgré les chiffres de la CGT^ annoncés", null],
  // Who is cited speaks, not who cites them.
  ["fr", "Un responsable syndical cité par Libération^ a affirmé", "Un responsable syndical"],
  ["fr", "Une source policière citée par l'AFP^ a indiqué", "Une source policière"],
  ["fr", "Des médecins interrogés par France Info^ ont estimé", "Des médecins"],
  ["en", "A senior police officer quoted by the BBC^ said", "A senior police officer"],
  ["en", "The ministry's spokesman, cited by Reuters,^ said", "The ministry's spokesman"],
  ["en", "Rescue officials cited by state media^ said", "Rescue officials"],
  ["en", "The agency^ said", "The agency"],
  // A count of something is no one, whatever it counts.
  ["en", "Intelligence officials estimated the number of North Korean troops^ put", null],
  ["fr", "Le nombre de blessés graves^ a", null],
  ["fr", "Le bilan du ministère de la Santé^ a fait état", "ministère de la Santé"],
  // A relative's verb and object do not speak; the phrase it follows does.
  ["en", "The rights group that tracks political prisoners in the country^ said", "The rights group"],
  ["en", "A coalition of unions who represent the workers^ said", "A coalition of unions"],
  ["fr", "L'association qui recense les victimes^ a indiqué", "L'association"],
  ["fr", "Le syndicat qui représente les enseignants^ a dénombré", "Le syndicat"],
  // A verb is no part of a name: "neither" waits for its verb, "called" and "denied" end the phrase.
  ["en", "Foreign Minister Anna Berg neither^ confirmed", "Foreign Minister Anna Berg"],
  ["en", "The state news agency called^ reports", null],
];

function read(row: Row, read: typeof phraseAfter) {
  const [language, marked] = row;
  const at = marked.indexOf("^");
  const text = marked.replace("^", "");
  const found = read(text, at, language);
  return found ? (found.pronoun ? "" : found.text) : null;
}

describe("speaker noun phrases", () => {
  it.each(AFTER)("after a cue (%s) %s", (...row) => expect(read(row, phraseAfter)).toBe(row[2]));
  it.each(BEFORE)("before a verb (%s) %s", (...row) => expect(read(row, phraseBefore)).toBe(row[2]));

  it("keeps an acronym in parentheses after a long form", () => {
    const text = "selon la Fédération nationale des sapeurs-pompiers (FNSPF), 300";
    expect(phraseAfter(text, 5, "fr")?.acronym).toBe("FNSPF");
  });
});
