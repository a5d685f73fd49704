// A count of those who speak: "Neuf militaires ont déclaré" and "9 militaires
// ont déclaré" name the same speaker, and the count is no figure of its own.
// Invented sentences, in no eval set.
import { describe, expect, it } from "vitest";
import { type CreditedRow, expectCredited, expectNoFigure, type NotFigureRow } from "../../test/counted-figure";
import { extractClaims } from "./index";

const CREDITED: CreditedRow[] = [
  ["fr", "Neuf militaires nord-coréens ont déclaré que 2 000 soldats étaient morts.", 2000, "militaires-nord-coreens"],
  ["fr", "9 militaires nord-coréens ont déclaré que 2 000 soldats étaient morts.", 2000, "militaires-nord-coreens"],
  ["fr", "Les neuf policiers ont affirmé que 40 personnes avaient été arrêtées.", 40, "police"],
  ["fr", "Les 9 policiers ont affirmé que 40 personnes avaient été arrêtées.", 40, "police"],
  ["fr", "Selon deux responsables locaux, trois personnes ont été tuées.", 3, "responsables-locaux"],
  ["fr", "Selon 2 responsables locaux, trois personnes ont été tuées.", 3, "responsables-locaux"],
  ["fr", "Trois ONG ont dénombré 400 morts.", 400, "ong"],
  ["fr", "3 ONG ont dénombré 400 morts.", 400, "ong"],
  ["en", "Three people were killed, two officials said.", 3, "officials"],
  ["en", "Three people were killed, 2 officials said.", 3, "officials"],
  ["en", "Seven hospitals reported 40 dead.", 40, "hospitals"],
  ["en", "7 hospitals reported 40 dead.", 40, "hospitals"],
];

/** The count of the speakers, and counts that only look like one: no speaker opens with them. */
const NOT_FIGURES: NotFigureRow[] = [
  ["fr", "Neuf militaires nord-coréens ont déclaré que 2 000 soldats étaient morts.", 9],
  ["fr", "9 militaires nord-coréens ont déclaré que 2 000 soldats étaient morts.", 9],
  ["en", "Three people were killed, two officials said.", 2],
  ["en", "7 hospitals reported 40 dead.", 7],
];

/** Figures that stay figures: a crowd or a toll before a participle, a count inside a phrase, a large count. */
const STILL_FIGURES: [string, "fr" | "en", string, number][] = [
  ["a toll before a participle of the speech verbs", "fr", "Le préfet a précisé que six corps avaient été retrouvés, les 11 autres personnes déclarées décédées étant encore à l'intérieur.", 11],
  ["a count after 'of'", "en", "The police confirmed the names of two victims found in the river.", 2],
  ["a count after 'of', in digits", "en", "The ministry said the first of 20 medical teams registered with it had arrived.", 20],
  ["a crowd too large to be who speaks", "fr", "La CGT a, de son côté, enregistré 1,5 million de manifestants.", 1_500_000],
  ["a crowd in digits with a separator", "fr", "Le cabinet a compté 47.800 manifestants à Paris.", 47_800],
];

describe("a count of speakers, in digits or in words", () => {
  it.each(CREDITED)("%s: %s → %d credited to %s", (language, text, low, id) => expectCredited(language, text, low, id));
  it.each(NOT_FIGURES)("%s: %s → %d is who speaks, no figure", (language, text, low) => expectNoFigure(language, text, low));
  it.each(STILL_FIGURES)("%s", (_title, language, text, low) => {
    const claims = extractClaims({ file: "t.txt", text, language, published: "2024-03-14" });
    expect(claims.map((c) => c.value.low)).toContain(low);
  });
});
