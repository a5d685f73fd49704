import { describe, expect, it } from "vitest";
import { contestNote } from "./contest-note";

const figure = (low: number, best: number | null, high: number | null, qualifier = "exact") => ({ stance: "asserts", qualifier, low, best, high, point: best ?? low });
const denial = { stance: "denies", qualifier: "exact", low: null, best: null, high: null, point: null };

describe("contestNote", () => {
  it.each([
    ["one source reads 'single source', not 'contested: none'", [figure(18, 18, 18)], "single source"],
    ["a narrower place's part does not count as a second source", [figure(11000, 11000, 11000), { ...figure(10000, 10000, 10000), narrower: { questionId: "x", scope: "in the Kursk region" } }], "single source"],
    ["agreeing figures and a denial: contested only by denials", [figure(11000, 11000, 11000, "approx"), figure(10000, 10000, 10000, "approx"), denial], "contested only by denials"],
    ["figures that disagree and a denial: the level word is right", [figure(11000, 11000, 11000), figure(2000, null, 9999, "vague"), denial], null],
    ["a denial alone", [denial], "a denial only"],
    ["two agreeing sources and no denial", [figure(11000, 11000, 11000), figure(10000, 10000, 10000)], null],
  ] as const)("%s", (_, sources, expected) => expect(contestNote(sources)).toBe(expected));
});
