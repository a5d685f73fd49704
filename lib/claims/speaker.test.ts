import { describe, expect, it } from "vitest";
import { disputedClaimId, speakerLabel } from "./speaker";

describe("speakerLabel", () => {
  it.each([
    [{ name: "ministère de l'Intérieur", person: "Christophe Castaner" }, "Christophe Castaner (ministère de l'Intérieur)"],
    [{ name: "Health Ministry", person: "Ashraf al-Qudra" }, "Ashraf al-Qudra (Health Ministry)"],
    [{ name: "CGT" }, "CGT"],
    [{ name: "CGT", person: null }, "CGT"],
    [null, "the article itself (no source named)"],
  ])("%j reads %s", (source, label) => {
    expect(speakerLabel(source)).toBe(label);
  });
});

describe("disputedClaimId", () => {
  const claims = [
    { id: 1, start: 10, end: 40, mentions: [] },
    { id: 2, start: 60, end: 90, mentions: [{ start: 200, end: 230 }] },
  ];

  it.each([
    ["its main span", { start: 10, end: 40 }, 1],
    ["a further mention of it", { start: 200, end: 230 }, 2],
    ["a span no claim has", { start: 10, end: 41 }, null],
  ])("finds the disputed claim by %s", (_how, span, id) => {
    expect(disputedClaimId(span, claims)).toBe(id);
  });
});
