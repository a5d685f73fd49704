// Disputes of a figure give a denial credited to who disputes, linked to the
// figure disputed. One row per phrasing (invented sentences, in no eval set):
// text → the disputing source's id and the value of the disputed figure.
import { describe, expect, it } from "vitest";
import type { Language } from "../claims/claim";
import { extractClaims } from ".";

type Row = [Language, string, string | null, number];

const ROWS: Row[] = [
  ["fr", "La préfecture du Rhône a compté 8 000 manifestants. La CFDT conteste ce chiffre.", "cfdt", 8000],
  ["fr", "Selon la police, 12 000 personnes ont défilé. Des chiffres jugés fantaisistes par l'intersyndicale.", "intersyndicale", 12000],
  ["fr", "Le gouvernement annonce 300 morts. L'opposition a dénoncé un bilan « ridicule ».", "opposition", 300],
  ["fr", "La mairie a recensé 2 000 participants, un chiffre contesté par les organisateurs.", "organisateurs", 2000],
  ["en", "Police put the crowd at 20,000. The organisers dismissed the figure as absurd.", "organisers", 20000],
  ["en", "The ministry said 150 people had died. Local doctors cast doubt on the toll.", "local-doctors", 150],
  ["en", "The regional governor said 40 homes were destroyed, a count disputed by residents.", "residents", 40],
  // No denial verb: a word that runs down the figure the sentence names.
  ["fr", "Le ministère a annoncé 600 blessés. Pour les secouristes, ces données sont sous-évaluées.", "secouristes", 600],
  ["en", "Officials reported 75 deaths. Aid workers said the figures should be treated with caution.", "aid-workers", 75],
  ["fr", "Le gouverneur a annoncé 45 morts. Pour les secouristes, ce bilan reste en deçà de la réalité.", "secouristes", 45],
  ["fr", "La préfecture a compté 9 000 manifestants. Pour les organisateurs, ce comptage ne reflète pas la mobilisation.", "organisateurs", 9000],
  ["en", "The governor said 64 people had died. Local doctors have doubts about the figure.", "local-doctors", 64],
  ["en", "The army said 120 rebels were killed. Villagers said the toll was far from the truth.", "villagers", 120],
];

describe("disputes of a figure", () => {
  it.each(ROWS)("(%s) %s", (language, text, id, disputed) => {
    const claims = extractClaims({ file: "t.txt", text, language, published: "2024-03-14" });
    const denial = claims.find((c) => c.stance === "denies");
    const figure = claims.find((c) => c.value.low === disputed);
    expect(denial, JSON.stringify(claims.map((c) => [c.stance, c.value.low, c.source?.id]))).toBeDefined();
    expect(denial?.source?.id ?? null).toBe(id);
    expect(denial?.disputes?.quote).toBe(figure?.quote);
  });

  it("finds no dispute where the figure is not disputed", () => {
    const text = "La préfecture a compté 8 000 manifestants. La CFDT ne conteste pas ce chiffre.";
    const claims = extractClaims({ file: "t.txt", text, language: "fr", published: "2024-03-14" });
    expect(claims.filter((c) => c.stance === "denies")).toEqual([]);
  });

  it("finds no dispute where the dispute is negated, in English too", () => {
    const text = "Officials reported 75 deaths. Aid workers did not dispute the figures.";
    const claims = extractClaims({ file: "t.txt", text, language: "en", published: "2024-03-14" });
    expect(claims.filter((c) => c.stance === "denies")).toEqual([]);
  });
});
