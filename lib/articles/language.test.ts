import { describe, expect, it } from "vitest";
import { detectLanguage, extractionInput, isExtractable } from "./language";

// Texts written for this test, in no eval set.
describe("detectLanguage", () => {
  it.each([
    ["fr", "Selon la préfecture, près de 3 500 personnes ont été évacuées après la crue de la Loire, tandis que les syndicats parlent de manifestations dans plusieurs villes du pays."],
    ["en", "Police said about 12,000 people marched through the city centre on Saturday, while organisers put the crowd at more than 40,000 and called for another rally next week."],
    ["fr", "L'ONU a recensé 1 200 déplacés ; le ministère de l'Intérieur en compte deux fois moins."],
    ["en", "The Red Cross counted 85 injured, the ministry 60, and the mayor refused to give a figure."],
    ["de", "Nach Angaben der Polizei nahmen etwa 12.000 Menschen an der Demonstration in der Innenstadt teil, die Veranstalter sprachen dagegen von mehr als 40.000 Teilnehmern."],
    ["es", "Según la policía, unas 12.000 personas participaron en la manifestación del sábado en el centro de la ciudad, mientras que los organizadores hablaron de más de 40.000."],
    ["it", "Secondo la polizia, circa 12.000 persone hanno partecipato alla manifestazione di sabato nel centro della città, mentre gli organizzatori hanno parlato di oltre 40.000 persone."],
  ])("reads %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("counts a text too short to tell as English rather than refusing it", () => {
    expect(detectLanguage("12 000")).toBe("en");
  });
});

describe("extraction only in French and English", () => {
  it("passes French and English on, and marks any other language as not extractable", () => {
    expect(isExtractable("fr")).toBe(true);
    expect(isExtractable("de")).toBe(false);
    expect(extractionInput({ fileName: "a.txt", text: "x", language: "de", published: null })).toBeNull();
    expect(extractionInput({ fileName: "a.txt", text: "x", language: "en", published: "2024-10-23" })).toEqual({ file: "a.txt", text: "x", language: "en", published: "2024-10-23" });
  });
});
