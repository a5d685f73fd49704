import { describe, expect, it } from "vitest";
import { figureAsStated, plottedMiddleNote, type StatedFigure } from "./figure-as-stated";

const f = (low: number | null, best: number | null, high: number | null, qualifier: string, extra: Partial<StatedFigure> = {}): StatedFigure => ({ low, best, high, qualifier, stance: "asserts", ...extra });

describe("figureAsStated", () => {
  it.each<[string, StatedFigure, string]>([
    ["an exact figure", f(11000, 11000, 11000, "exact"), "11,000"],
    ["an approximation (\"près de 11 000\", \"about 10,000\")", f(10000, 10000, 10000, "approx"), "about 10,000"],
    ["a floor (\"au moins 30\")", f(30, 30, null, "at_least"), "at least 30"],
    ["a ceiling", f(null, 500, 500, "at_most"), "at most 500"],
    ["\"up to\"", f(null, 12000, 12000, "up_to"), "up to 12,000"],
    ["a stated range", f(2600, null, 3000, "range"), "2,600–3,000"],
    ["\"plusieurs milliers\" / \"several thousand\"", f(2000, null, 9999, "vague"), "several thousand (2,000–9,999)"],
    ["\"des milliers\" / \"thousands\"", f(1000, null, null, "vague"), "thousands (1,000 or more)"],
    ["\"des millions\"", f(1e6, null, null, "vague"), "millions (1,000,000 or more)"],
    ["\"des dizaines de milliers\"", f(10000, null, null, "vague"), "tens of thousands (10,000 or more)"],
    ["\"plusieurs centaines\"", f(200, null, 999, "vague"), "several hundred (200–999)"],
    ["\"hundreds\"", f(100, null, null, "vague"), "hundreds (100 or more)"],
    ["a vague range off any scale", f(1500, null, 4000, "vague"), "1,500–4,000"],
    ["a denial with no figure", f(null, null, null, "exact", { stance: "denies" }), "denies"],
    ["a denial of a figure", f(10000, 10000, 10000, "approx", { stance: "denies" }), "denies about 10,000"],
    ["no number at all", f(null, null, null, "exact"), "no figure"],
    ["a unit when asked", f(2000, null, 9999, "vague", { unit: "soldiers" }), "several thousand soldiers (2,000–9,999)"],
    ["a floor with its unit", f(30, 30, null, "at_least", { unit: "soldiers" }), "at least 30 soldiers"],
  ])("%s", (_, figure, expected) => expect(figureAsStated(figure)).toBe(expected));
});

describe("plottedMiddleNote", () => {
  it.each<[string, StatedFigure, number | null, string | null]>([
    ["the middle of a range is said", f(2000, null, 9999, "vague"), 4500, "plotted at 4,500, the middle of 2,000–9,999"],
    ["an open vague figure is plotted at its floor", f(1000, null, null, "vague"), 1000, "plotted at its floor, 1,000"],
    ["a figure the source gave needs no note", f(11000, 11000, 11000, "exact"), 11000, null],
    ["a denial is not plotted", f(null, null, null, "exact", { stance: "denies" }), null, null],
  ])("%s", (_, figure, plotted, expected) => expect(plottedMiddleNote(figure, plotted)).toBe(expected));
});
