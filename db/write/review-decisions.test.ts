// Analysts' decisions on the seed articles in a real SQLite file: each one
// changes what the questions show, is logged, can be undone, and survives a
// re-extraction that gives every claim a new id.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractClaims } from "../../lib/extract";
import type { ExtractedClaim, Language } from "../../lib/claims/claim";
import type { SourceFigure } from "../../lib/reconcile/types";
import { runScript } from "../../test/run-cli";
import { createSeededDatabase, type SeededDatabase } from "../../test/seeded-database";
import { toClaimRow } from "../claim-row";
import type { SqliteDatabase } from "../sqlite";
import { insertRows } from "./bulk-insert";
import { rebuildQuestions } from "./rebuild-questions";
import { recordAddedClaim, recordClaimDecision, recordQuestionDecision, recordSourceDecision, ReviewError, undoLastDecision, type Reviewer } from "./review-decisions";

const ana: Reviewer = { id: "u1", name: "Ana Analyst" };

interface ClaimLine {
  id: number;
  articleId: number;
  start: number;
  end: number;
  sourceId: string | null;
  valueBest: number | null;
  questionId: string | null;
  reviewStatus: string;
  machine: string | null;
}

let temp: SeededDatabase;
let db: SqliteDatabase;

const claims = () => db.prepare<[], ClaimLine>(`SELECT "id", "articleId", "start", "end", "sourceId", "valueBest", "questionId", "reviewStatus", "machine" FROM "Claim" ORDER BY "articleId", "start"`).all();
/** A claim found as an analyst would: by who gives which figure (ids change on re-extraction). */
const claimOf = (sourceId: string, best: number) => {
  const found = claims().filter((c) => c.sourceId === sourceId && c.valueBest === best);
  expect(found, `${sourceId} ${best}`).toHaveLength(1);
  return found[0]!;
};
const question = (id: string) =>
  db.prepare<[string], { id: string; label: string; claimCount: number; figures: string; consensusLow: number | null; consensusHigh: number | null }>(`SELECT * FROM "Question" WHERE "id" = ?`).get(id);
const figures = (id: string) => JSON.parse(question(id)!.figures) as SourceFigure[];
const log = () => db.prepare<[], { action: string; userName: string; at: string; claimId: number | null; before: string | null; after: string | null }>(`SELECT * FROM "AuditLog" ORDER BY "id"`).all();

/** What a re-extraction does: every article's machine claims replaced by fresh ones (new ids), then a regroup. */
function reextract(drop: (claim: ExtractedClaim) => boolean = () => false) {
  const articles = db.prepare<[], { id: number; fileName: string; text: string; language: Language; published: string | null; publisher: string | null }>(`SELECT * FROM "Article"`).all();
  db.transaction(() => {
    for (const article of articles) {
      db.prepare(`DELETE FROM "Claim" WHERE "articleId" = ? AND "addedBy" IS NULL`).run(article.id);
      const fresh = extractClaims({ file: article.fileName, text: article.text, language: article.language, published: article.published }).filter((c) => !drop(c));
      insertRows(db, "Claim", fresh.map((c) => toClaimRow(c, article)));
    }
  })();
  rebuildQuestions(db);
}

beforeAll(async () => {
  temp = await createSeededDatabase();
  db = temp.db;
});
afterAll(() => temp.close());

describe("decisions on the seed claims", () => {
  const RUSSIA = "deployed-soldiers-north-korean-russia";

  it("a corrected source moves the figure to that source's row and changes the consensus", () => {
    const gur = claimOf("gur", 11000);
    const consensusBefore = question(RUSSIA)!;
    recordClaimDecision(db, ana, { action: "correct", claimId: gur.id, changes: { source: { id: "us_dod", name: "US Department of Defense" }, value: { low: 12000, best: 12000, high: 12000 } }, note: "the quote is the Pentagon's" });
    const after = claims().find((c) => c.id === gur.id)!;
    expect(after).toMatchObject({ sourceId: "us_dod", valueBest: 12000, reviewStatus: "corrected", questionId: RUSSIA });
    expect(JSON.parse(after.machine!)).toMatchObject({ source: { id: "gur" }, value: { best: 11000 } });
    const rows = figures(RUSSIA);
    expect(rows.find((r) => r.sourceId === "us_dod")).toMatchObject({ claimId: gur.id, best: 12000 });
    expect(rows.find((r) => r.claimId === gur.id && r.sourceId === "gur")).toBeUndefined();
    expect([question(RUSSIA)!.consensusLow, question(RUSSIA)!.consensusHigh]).not.toEqual([consensusBefore.consensusLow, consensusBefore.consensusHigh]);
  });

  it("a rejected claim leaves its question and its chart", () => {
    const nis = claimOf("nis", 10000);
    const countBefore = question(RUSSIA)!.claimCount;
    recordClaimDecision(db, ana, { action: "reject", claimId: nis.id, reason: "other_story" });
    expect(claims().find((c) => c.id === nis.id)).toMatchObject({ reviewStatus: "rejected", questionId: null });
    expect(question(RUSSIA)!.claimCount).toBe(countBefore - 1);
    expect(figures(RUSSIA).some((r) => r.claimId === nis.id)).toBe(false);
  });

  it("an added claim joins a question as the analyst described it", () => {
    const article = db.prepare<[], { id: number; text: string }>(`SELECT "id", "text" FROM "Article" ORDER BY "id" LIMIT 1`).get()!;
    const start = article.text.length - 40;
    const { claimId } = recordAddedClaim(db, ana, {
      action: "add",
      articleId: article.id,
      start,
      end: start + 20,
      fields: {
        value: { low: 4000, best: 4000, high: 4000 }, qualifier: "exact", unit: "soldiers", category: "deployed", measure: "North Korean soldiers in Russia",
        scope: { place: "Russia", group: null, state: null }, subject: "North Korean", source: { id: "isw", name: "Institute for the Study of War" },
        asOf: "2024-11-01", asOfPrecision: "day", stance: "asserts",
      },
    });
    expect(claims().find((c) => c.id === claimId)).toMatchObject({ reviewStatus: "added", valueBest: 4000, questionId: RUSSIA });
    expect(figures(RUSSIA).find((r) => r.sourceId === "isw")?.best).toBe(4000);
  });

  it("merging two questions leaves one with the claims of both", () => {
    const [from, into] = ["deployed-soldiers-north-korean-kursk-region", RUSSIA];
    const moved = claims().filter((c) => c.questionId === from).length;
    const before = question(into)!.claimCount;
    recordQuestionDecision(db, ana, { action: "merge", questionId: from, into });
    expect(question(from)).toBeUndefined();
    expect(question(into)!.claimCount).toBe(before + moved);
  });

  it("a source merge makes the other name an alias", () => {
    recordSourceDecision(db, ana, { action: "source_merge", sourceId: "ukraine_intelligence", into: "gur" });
    expect(claims().filter((c) => c.sourceId === "ukraine_intelligence")).toEqual([]);
    const gur = db.prepare<[], { aliases: string }>(`SELECT "aliases" FROM "Source" WHERE "id" = 'gur'`).get()!;
    expect(JSON.parse(gur.aliases)).toContain("Ukrainian intelligence (unspecified)");
  });

  it("a confirmation marks the claim and changes nothing else", () => {
    const us = claimOf("us_dod", 10000);
    recordClaimDecision(db, ana, { action: "confirm", claimId: us.id });
    expect(claims().find((c) => c.id === us.id)?.reviewStatus).toBe("confirmed");
  });

  it("bad decisions are refused with what to do, and store nothing", () => {
    const decisions = () => db.prepare(`SELECT COUNT(*) AS n FROM "Decision"`).get();
    const before = decisions();
    expect(() => recordClaimDecision(db, ana, { action: "confirm", claimId: 999_999 })).toThrow(ReviewError);
    expect(() => recordClaimDecision(db, ana, { action: "correct", claimId: claimOf("isw", 4000).id, changes: { source: { id: "nope", name: "x" } } })).toThrow(/pick one from the list/);
    expect(() => recordQuestionDecision(db, ana, { action: "merge", questionId: RUSSIA, into: "no-such-question" })).toThrow(/No question/);
    expect(decisions()).toEqual(before);
  });

  it("every step is in the log with who made it", () => {
    expect(log().map((l) => [l.action, l.userName])).toEqual([
      ["correct", "Ana Analyst"],
      ["reject", "Ana Analyst"],
      ["add", "Ana Analyst"],
      ["merge", "Ana Analyst"],
      ["merge", "Ana Analyst"],
      ["source_merge", "Ana Analyst"],
      ["confirm", "Ana Analyst"],
    ]);
    const correction = log()[0]!;
    expect(JSON.parse(correction.before!)).toMatchObject({ status: "unreviewed", source: { id: "gur" } });
    expect(JSON.parse(correction.after!)).toMatchObject({ status: "corrected", source: { id: "us_dod" } });
  });
});

describe("a re-extraction after the decisions", () => {
  it("gives every claim a new id and applies every decision again", () => {
    const before = claims();
    reextract();
    const after = claims();
    const added = (list: ClaimLine[]) => list.filter((c) => c.reviewStatus === "added").map((c) => c.id);
    const machineIds = (list: ClaimLine[]) => list.filter((c) => c.reviewStatus !== "added").map((c) => c.id);
    expect(Math.min(...machineIds(after))).toBeGreaterThan(Math.max(...machineIds(before)));
    // The claim an analyst added keeps its id, so links to it still work.
    expect(added(after)).toEqual(added(before));
    const status = (c: ClaimLine) => [c.articleId, c.start, c.reviewStatus, c.sourceId, c.valueBest, c.questionId];
    expect(after.map(status)).toEqual(before.map(status));
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "Decision" WHERE "orphaned"`).get()).toEqual({ n: 0 });
  });

  it("lists the decision of a claim the extractor no longer finds, and keeps it", () => {
    const confirmed = claims().find((c) => c.reviewStatus === "confirmed")!;
    reextract((c) => c.start === confirmed.start && c.value.best === confirmed.valueBest);
    const orphans = db.prepare<[], { action: string; start: number }>(`SELECT "action", "start" FROM "Decision" WHERE "orphaned"`).all();
    // Its question had no other claim, so the merge of that question is listed too.
    expect(orphans).toEqual([
      { action: "merge", start: null },
      { action: "confirm", start: confirmed.start },
    ]);
    expect(claims().filter((c) => c.reviewStatus !== "unreviewed").map((c) => c.reviewStatus).sort()).toEqual(["added", "corrected", "rejected"]);
    // Found again when the extractor finds the claim again.
    reextract();
    expect(db.prepare(`SELECT COUNT(*) AS n FROM "Decision" WHERE "orphaned"`).get()).toEqual({ n: 0 });
  });
});

describe("undo", () => {
  it("takes back the last decision on a claim, and logs that it did", () => {
    const corrected = claims().find((c) => c.reviewStatus === "corrected")!;
    const { undone } = undoLastDecision(db, ana, { claimId: corrected.id });
    expect(undone).toBe("correct");
    expect(claims().find((c) => c.id === corrected.id)).toMatchObject({ reviewStatus: "unreviewed", sourceId: "gur", valueBest: 11000, machine: null });
    expect(log().at(-1)).toMatchObject({ action: "undo", userName: "Ana Analyst", claimId: corrected.id });
    expect(() => undoLastDecision(db, ana, { claimId: corrected.id })).toThrow(/Nothing to undo/);
  });

  it("takes back a source's merge, rename, kind and country, one at a time", () => {
    const source = (id: string) => db.prepare<[string], { name: string; kind: string; country: string | null; aliases: string }>(`SELECT "name", "kind", "country", "aliases" FROM "Source" WHERE "id" = ?`).get(id)!;
    const before = source("gur");
    recordSourceDecision(db, ana, { action: "source_rename", sourceId: "gur", name: "HUR (Ukraine)" });
    recordSourceDecision(db, ana, { action: "source_set", sourceId: "gur", kind: "ministry", country: "Ukraine" });
    expect(source("gur")).toMatchObject({ name: "HUR (Ukraine)", kind: "ministry" });
    expect(claimOf("gur", 11000)).toBeDefined();
    expect(db.prepare(`SELECT "sourceName" FROM "Claim" WHERE "sourceId" = 'gur' LIMIT 1`).get()).toEqual({ sourceName: "HUR (Ukraine)" });
    // An ingest puts the gazetteer's sources back in step; the analyst's name and kind stay.
    const ingest = runScript("scripts/ingest.ts", ["seeds"], temp.url);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(source("gur")).toMatchObject({ name: "HUR (Ukraine)", kind: "ministry", country: "Ukraine" });

    expect(undoLastDecision(db, ana, { sourceId: "gur" }).undone).toBe("source_set");
    expect(source("gur")).toMatchObject({ name: "HUR (Ukraine)", kind: before.kind, country: before.country });
    expect(undoLastDecision(db, ana, { sourceId: "gur" }).undone).toBe("source_rename");
    expect(source("gur").name).toBe(before.name);
    expect(db.prepare(`SELECT "sourceName" FROM "Claim" WHERE "sourceId" = 'gur' LIMIT 1`).get()).toEqual({ sourceName: before.name });
    // Then the merge into it: the other name is no longer an alias and its claims are its own again.
    expect(undoLastDecision(db, ana, { sourceId: "gur" }).undone).toBe("source_merge");
    expect(JSON.parse(source("gur").aliases)).toEqual([]);
    expect(claims().some((c) => c.sourceId === "ukraine_intelligence")).toBe(true);
    expect(log().slice(-3).map((l) => l.action)).toEqual(["undo", "undo", "undo"]);
    expect(() => undoLastDecision(db, ana, { sourceId: "gur" })).toThrow(/Nothing to undo/);
  });

  it("takes back a merge of questions", () => {
    undoLastDecision(db, ana, { questionId: "deployed-soldiers-north-korean-russia" });
    expect(question("deployed-soldiers-north-korean-kursk-region")).toBeDefined();
  });
});

describe("a claim's history across a real re-extraction", () => {
  it("follows the claim to its new id, undone decisions and undos included", () => {
    const gur = claimOf("gur", 11000);
    recordClaimDecision(db, ana, { action: "confirm", claimId: gur.id, note: "checked against the GUR statement" });
    const history = (claimId: number) => db.prepare<[number], { action: string }>(`SELECT "action" FROM "AuditLog" WHERE "claimId" = ? ORDER BY "id"`).all(claimId).map((l) => l.action);
    const earlier = history(gur.id);
    expect(earlier).toEqual(["correct", "undo", "confirm"]);

    const run = runScript("scripts/reextract.ts", ["--all"], temp.url);
    expect(run.code, run.stderr).toBe(0);

    const now = claimOf("gur", 11000);
    expect(now.id).not.toBe(gur.id);
    expect(now.reviewStatus).toBe("confirmed");
    expect(history(now.id)).toEqual(earlier);
    expect(history(gur.id)).toEqual([]);
  });
});
