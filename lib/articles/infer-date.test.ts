import { describe, expect, it } from "vitest";
import { inferPublishedDate } from "./infer-date";

// Short texts written for this test, in no eval set: each a way a page states when it was written.
describe("inferPublishedDate", () => {
  it.each([
    ["Crue de la Garonne\nPublié le 23 octobre 2024 à 18h02\nLes pompiers ont évacué 1 200 habitants.", "2024-10-23", 'from "Publié le 23 octobre 2024" in the text'],
    ["Grève des cheminots\npublié le mardi 1er avril 2025\nSelon la CGT, 40 000 grévistes.", "2025-04-01", 'from "publié le mardi 1er avril 2025" in the text'],
    ["Publiée le 05/03/2023 · Mise à jour le 06/03/2023\nLe bilan s'alourdit.", "2023-03-05", 'from "Publiée le 05/03/2023" in the text'],
    ["Storm Bert: thousands without power\nPublished on 24 November 2024\nAbout 20,000 homes...", "2024-11-24", 'from "Published on 24 November 2024" in the text'],
    ["Wildfire grows\nUpdated: Oct 23, 2024, 6:02 PM\nFirefighters said 3,000 acres burned.", "2024-10-23", 'from "Updated: Oct 23, 2024" in the text (the last update; no publication date given)'],
    ["VALENCIA, Nov. 2, 2024 (Reuters) - Rescue teams found 200 bodies, officials said.", "2024-11-02", 'from the dateline "VALENCIA, Nov. 2, 2024"'],
    ["PORT-AU-PRINCE, 12 janvier 2010 (AFP) - Le séisme a fait au moins 100 000 morts.", "2010-01-12", 'from the dateline "PORT-AU-PRINCE, 12 janvier 2010"'],
    ["Flood toll rises\nPosted 2024-09-15 08:00\nThe toll rose to 17.", "2024-09-15", 'from "Posted 2024-09-15" in the text'],
  ])("reads %j", (text, published, note) => {
    expect(inferPublishedDate(text)).toEqual({ published, note });
  });

  it("prefers the publication date to a later update", () => {
    expect(inferPublishedDate("Updated: March 3, 2024\nFirst published: March 1, 2024\nText.")?.published).toBe("2024-03-01");
  });

  it.each([
    ["a date the story reports on, deep in the text", `${"Background paragraph. ".repeat(100)}Published on 3 May 2020 the report said 10 died.`],
    ["a date that is not on the calendar", "Publié le 31 février 2024\nTexte."],
    ["no date at all", "Les manifestants étaient 5 000 selon la police."],
    ["a year outside 1800–2099", "Published on 3 May 2999\nText."],
  ])("finds nothing in %s", (_what, text) => {
    expect(inferPublishedDate(text)).toBeNull();
  });
});
