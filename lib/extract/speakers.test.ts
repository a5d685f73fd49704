// Who a figure is credited to when the gazetteer does not know the speaker:
// the attribution frame names it. One row per phrasing (invented sentences,
// in no eval set): text → the figure's value and the source id it credits
// (null: the article's own voice).
import { describe, expect, it } from "vitest";
import { extractClaims } from ".";
import { type CreditedRow, expectCredited } from "../../test/counted-figure";

const ROWS: CreditedRow[] = [
  ["fr", "Selon la préfecture du Nord, 4 200 manifestants ont défilé à Lille.", 4200, "prefecture-du-nord"],
  ["fr", "Quelque 9 000 personnes ont défilé à Rennes, d'après l'intersyndicale.", 9000, "intersyndicale"],
  ["fr", "Le rectorat de Nantes a recensé 1 200 enseignants grévistes.", 1200, "rectorat-de-nantes"],
  ["fr", "Plus de 30 000 personnes ont défilé à Paris, a affirmé la FSU.", 30000, "fsu"],
  ["fr", "Les organisateurs ont revendiqué 12 000 participants.", 12000, "organisateurs"],
  ["fr", "De source policière, 650 personnes ont été interpellées.", 650, "source-policiere"],
  ["fr", "Le ministre de l'Intérieur Jean Martin a annoncé 340 interpellations.", 340, "interior-ministry"],
  ["fr", "Pour la CGT, 80 000 personnes ont marché à Marseille.", 80000, "cgt"],
  ["fr", "Le cortège comptait 5 000 personnes, selon un comptage du cabinet Occurrence.", 5000, "occurrence"],
  ["en", "According to the Chilean interior ministry, 1,300 homes were destroyed.", 1300, "chilean-interior-ministry"],
  ["en", "More than 2,000 people were evacuated, the regional fire service said.", 2000, "regional-fire-service"],
  ["en", "Police put the crowd at 45,000.", 45000, "police"],
  ["en", "Organisers said 200,000 people took part.", 200000, "organisers"],
  ["fr", "L'énorme incendie a fait au moins 40 morts, selon un nouveau bilan fourni jeudi par le ministère de la Santé.", 40, "health-ministry"],
  ["en", "A hospital official told reporters that 58 people had died.", 58, "hospital-official"],
  ["en", "The Kenya Red Cross said 120 families had lost their homes.", 120, "kenya-red-cross"],
  ["en", "At least 300 people were arrested, according to the Ministry of Interior (MOI).", 300, "interior-ministry"],
  ["en", "The march drew about 3,000 people.", 3000, null],
  ["en", "Earlier in the week, the mayor of Sendai had said 900 people had died.", 900, "mayor-of-sendai"],
  ["en", "A university study estimated that 1,200 people died in the heatwave.", 1200, "university-study"],
  ["en", "Hospital staff counted 310 bodies, and the study later found that more had died.", 310, "hospital-staff"],
  ["en", "The coast guard over the weekend announced 75 missing.", 75, "coast-guard"],
  ["en", "The interior ministry instead cited figures that 4,000 homes were destroyed.", 4000, "interior-ministry"],
  ["en", "The capital's mayor told reporters that the latest estimate of evacuees is 12,000.", 12000, "capital-s-mayor"],
  ["fr", "La catastrophe a fait 800 morts mais des responsables locaux ont averti que le bilan serait plus lourd.", 800, null],
  ["fr", "Selon la mairie, 2 000 personnes ont défilé mais les syndicats ont affirmé que la foule était plus grande.", 2000, "mairie"],
  ["fr", "Ils étaient 3 000 à Lyon pour le climat.", 3000, null],
  ["en", "Earlier reports put the number of dead at 75, with 210 injured.", 210, "reports"],
  ["en", "Press reports said 120 homes were flooded in the valley.", 120, "press-reports"],
  ["en", "The ministry reports 45 people missing.", 45, "ministry"],
  ["fr", "Le ministre de la Santé de l'administration de l'est du pays évoquait 1 300 morts.", 1300, "ministere-de-la-sante-de-l-administration-de-l-est-du-pays"],
  // A country named as the owner of an agency does not speak for it: the agency does.
  ["en", "South Korea's National Intelligence Service said 450 North Korean soldiers had been wounded.", 450, "nis"],
  ["fr", "Le renseignement sud-coréen a affirmé que 450 soldats nord-coréens avaient été blessés.", 450, "nis"],
  // "sud-coréen", "nord-coréen" are adjectives of nationality, not the SUD union: the gazetteer name speaks.
  ["fr", "Le Service national de renseignement sud-coréen a affirmé que 450 soldats nord-coréens avaient été blessés.", 450, "nis"],
  ["en", "The South-Korean National Intelligence Service said 450 North Korean soldiers had been wounded.", 450, "nis"],
];

describe("speakers named by the attribution frame", () => {
  it.each(ROWS)("(%s) %s", (language, text, value, id) => expectCredited(language, text, value, id));

  it("carries a found speaker to the next sentence of the paragraph", () => {
    const text = "La préfecture du Nord a compté 4 200 manifestants. Elle a ajouté que 35 personnes avaient été interpellées.";
    const claims = extractClaims({ file: "t.txt", text, language: "fr", published: "2024-03-14" });
    expect(claims.find((c) => c.value.low === 35)?.source?.id).toBe("prefecture-du-nord");
  });

  it.each([
    ["en", "The Norland Institute said 900 homes were lost. The report calls the official death toll of 12 a gross underestimate.", "officials"],
    ["fr", "Le collectif a compté 900 maisons détruites. Il juge le bilan officiel de 12 morts très sous-estimé.", "autorites"],
  ] as const)("credits an official figure to the officials, not to the speaker before (%s)", (language, text, id) => {
    const claims = extractClaims({ file: "t.txt", text, language, published: "2024-03-14" });
    expect(claims.find((c) => c.value.low === 12 && c.stance === "asserts")?.source?.id).toBe(id);
  });

  it("keeps the person who spoke for the institution", () => {
    const text = "Le ministre de l'Intérieur Jean Martin a annoncé 340 interpellations. Martin a ajouté que 12 policiers avaient été blessés.";
    const claims = extractClaims({ file: "t.txt", text, language: "fr", published: "2024-03-14" });
    const later = claims.find((c) => c.value.low === 12);
    expect([later?.source?.id, later?.source?.person]).toEqual(["interior-ministry", "Jean Martin"]);
  });
});
