// The claims a relation's phrases read: the comparison table reads only these of a
// repeat that names a hundred, and must say the same as with every one of them.
import { describe, expect, it } from "vitest";
import type { Relation } from "../reconcile/types";
import type { ClaimVoice } from "./question-input";
import { relationClaimIds, relationPhrases } from "./source-relations";

const voice = (id: number, sourceId: string, low: number): ClaimVoice => ({ id, sourceId, stance: "asserts", low, high: low, outlet: null });
const voices = new Map([voice(1, "gur", 11000), voice(2, "nis", 10000), voice(3, "isw", 9000), voice(4, "gur", 12000), voice(5, "nis", 10000)].map((v) => [v.id, v]));
const names = new Map([["gur", "GUR"], ["nis", "NIS"], ["isw", "ISW"]]);

describe("relationClaimIds", () => {
  it("names the first two claims and the last, once each", () => {
    expect(relationClaimIds({ type: "repeat", claims: [1, 2, 3, 4, 5], explanation: "" })).toEqual([1, 2, 5]);
    expect(relationClaimIds({ type: "agrees", claims: [1, 2], explanation: "" })).toEqual([1, 2]);
    expect(relationClaimIds({ type: "update", claims: [4], explanation: "" })).toEqual([4]);
  });

  it("gives the same phrases as every claim of the relations", () => {
    const relations: Relation[] = [
      { type: "agrees", claims: [1, 2], explanation: "" },
      { type: "contradicts", claims: [3, 1, 4, 2], explanation: "" },
      { type: "sum", claims: [3, 2, 4, 5], explanation: "" },
    ];
    const named = new Set(relations.flatMap(relationClaimIds));
    const only = new Map([...voices].filter(([id]) => named.has(id)));
    expect(only.size).toBeLessThan(voices.size);
    expect(relationPhrases(relations, only, names)).toEqual(relationPhrases(relations, voices, names));
  });
});
