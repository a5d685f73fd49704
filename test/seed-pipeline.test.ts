// The seed articles through the real pipeline, text to relations, as the
// dashboard shows them: what the reconciliation issue asks to see on them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseManifest } from "../lib/articles/manifest";
import { extractClaims } from "../lib/extract";
import { reconcile } from "../lib/reconcile";
import type { ReconcileClaim, RelationType } from "../lib/reconcile/types";

const SEEDS = "seeds";
const manifest = parseManifest(readFileSync(path.join(SEEDS, "manifest.json"), "utf8")).entries;

function seedClaims(): ReconcileClaim[] {
  const claims: ReconcileClaim[] = [];
  readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .forEach((file, articleId) => {
      const entry = manifest.get(file)!;
      const text = readFileSync(path.join(SEEDS, file), "utf8");
      for (const claim of extractClaims({ file, text, language: entry.language ?? "fr", published: entry.published })) {
        claims.push({ ...claim, id: claims.length + 1, articleId, outlet: entry.publisher, published: entry.published });
      }
    });
  return claims;
}

const claims = seedClaims();
const { questions, memberships } = reconcile(claims);
const relations = questions.flatMap((q) => q.relations);

/** The one claim from this source with this best value (or the denial, for value null). */
function claim(sourceId: string, best: number | null): ReconcileClaim {
  const found = claims.filter((c) => c.source?.id === sourceId && c.value.best === best);
  expect(found, `${sourceId} ${best}: ${JSON.stringify(claims.map((c) => [c.source?.id, c.value.best]))}`).toHaveLength(1);
  return found[0]!;
}
const questionOf = (c: ReconcileClaim) => questions.find((q) => q.id === memberships.find((m) => m.claimId === c.id)!.questionId)!;
const related = (type: RelationType, ...ids: number[]) => relations.some((r) => r.type === type && ids.every((id) => r.claims.includes(id)));

describe("the seed articles, extracted and reconciled", () => {
  it("finds Seoul's 3,000 + 7,000 = 10,000 as a sum, not a conflict", () => {
    const [total, there, toCome] = [claim("nis", 10_000), claim("nis", 3_000), claim("nis", 7_000)];
    expect(related("sum", there.id, toCome.id, total.id)).toBe(true);
    expect(related("contradicts", there.id, total.id)).toBe(false);
    expect(questionOf(total).summary).toContain("3,000 + 7,000 = about 10,000");
  });

  it("reads \"Près de 11 000\" as approximate, though one sentence gives the bare 11 000", () => {
    expect(claim("gur", 11_000).qualifier).toBe("approx");
  });

  it("dates the parts of one NIS statement (3,000 + 7,000 \"de ces combattants\") as the statement's 10,000", () => {
    const total = claim("nis", 10_000);
    expect(total.asOf).toBe("2024-10-18");
    for (const part of [claim("nis", 3_000), claim("nis", 7_000)]) expect(part.asOf).toBe(total.asOf);
  });

  it("shows the Pentagon's 10,000 in the Kursk region beside the figures for Russia, as a part", () => {
    const russia = questionOf(claim("gur", 11_000));
    const pentagon = russia.sources.find((s) => s.sourceId === "us_dod");
    expect(pentagon?.narrower?.scope).toBe("in the Kursk region");
    expect(russia.summary).toMatch(/In the Kursk region, a part of this total: US Department of Defense[^.]* says about 10,000/);
  });

  it("keeps the place-less \"several thousand\" out of the parents of the questions with a place", () => {
    const russia = questionOf(claim("gur", 11_000));
    expect(russia.parentId === null || !/^deployed-soldiers-north-korean$/.test(russia.parentId)).toBe(true);
  });

  it("links the 2,600 first contingent as part of GUR's wider figure", () => {
    const contingent = claim("gur", 2_600);
    expect(related("part_of", contingent.id, claim("gur", 11_000).id)).toBe(true);
    expect(questionOf(contingent).id).not.toBe(questionOf(claim("gur", 11_000)).id);
  });

  it("finds GUR's 11,000 and Seoul's 10,000 close, not contradictory", () => {
    const [gur, nis] = [claim("gur", 11_000), claim("nis", 10_000)];
    expect(questionOf(gur).id).toBe(questionOf(nis).id);
    expect(related("agrees", gur.id, nis.id)).toBe(true);
    expect(related("contradicts", gur.id, nis.id)).toBe(false);
  });

  it("has Pyongyang's denial contradict the figures of troops in Russia", () => {
    const gur = claim("gur", 11_000);
    const denial = claim("north_korea", null);
    expect(denial.stance).toBe("denies");
    expect(questionOf(denial).id).toBe(questionOf(gur).id);
    expect(related("contradicts", denial.id, gur.id)).toBe(true);
  });

  it("files Peskov's denial of North Korean forces fighting in Ukraine under Ukraine, not against troops training in Russia", () => {
    const peskov = claim("kremlin", null);
    const inUkraine = questionOf(peskov);
    expect(inUkraine.scope.place).toBe("Ukraine");
    expect(inUkraine.id).not.toBe(questionOf(claim("gur", 11_000)).id);
    for (const assertion of [claim("gur", 11_000), claim("nis", 10_000)]) expect(related("contradicts", peskov.id, assertion.id)).toBe(false);
  });

  it("keeps the 30 killed or wounded and the 18 deserters in questions of their own", () => {
    const troops = questionOf(claim("gur", 11_000)).id;
    const casualties = questionOf(claim("gur", 30));
    const deserters = questionOf(claim("suspilne", 18));
    expect(casualties.category).toBe("casualties");
    expect(deserters.category).toBe("deserters");
    expect(new Set([troops, casualties.id, deserters.id]).size).toBe(3);
  });
});
