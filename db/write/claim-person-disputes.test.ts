// The person who spoke for a source and the figure a denial disputes are
// stored with the claims, whichever way the article came in (the ingest
// command, an upload from the browser, a re-extraction), and read back through
// Prisma in the contract's shape: a real SQLite file, no mocks.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runScript } from "../../test/run-cli";
import { createTempDatabase, type TempDatabase } from "../../test/temp-database";
import { fromClaimRow } from "../claim-row";
import { createPrismaClient, type PrismaClient } from "../client";
import { ingestUploads } from "./ingest-uploads";
import { reextractArticles } from "./reextract";

const FILE = "paris.txt";
const TEXT = [
  "Manifestation à Paris",
  "",
  "Selon le ministre de l'Intérieur Christophe Castaner, 50 000 personnes ont manifesté samedi dans toute la France. La CGT conteste ce chiffre, qu'elle juge ridicule.",
].join("\n");

async function storedClaims(prisma: PrismaClient) {
  const rows = await prisma.claim.findMany({ include: { article: { select: { fileName: true } } }, orderBy: { start: "asc" } });
  return rows.map(fromClaimRow);
}

/** What an analyst reads: the minister named on the ministry's figure, and the union's denial pointing at that figure. */
async function expectPersonAndDispute(prisma: PrismaClient) {
  const claims = await storedClaims(prisma);
  const figure = claims.find((c) => c.stance === "asserts" && c.value.best === 50000);
  const denial = claims.find((c) => c.stance === "denies");
  expect(figure?.source).toMatchObject({ name: "ministère de l'Intérieur", person: "Christophe Castaner" });
  expect(denial?.source?.person).toBeUndefined();
  expect(denial?.disputes).toEqual({ start: figure?.start, end: figure?.end, quote: figure?.quote });
  expect(figure?.disputes).toBeUndefined();
}

describe("a claim's person and a denial's disputed figure, stored", () => {
  let db: TempDatabase;
  let prisma: PrismaClient;
  let dir: string;
  beforeEach(async () => {
    db = await createTempDatabase();
    prisma = createPrismaClient(db.url);
    dir = mkdtempSync(path.join(tmpdir(), "triangulate-disputes-"));
    writeFileSync(path.join(dir, FILE), TEXT);
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify([{ file: FILE, language: "fr", published: "2019-01-12", publisher: "Le Test" }]));
  });
  afterEach(async () => {
    await prisma.$disconnect();
    db.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  it("by the ingest command", async () => {
    const run = runScript("scripts/ingest.ts", [dir], db.url);
    expect(run.code, run.stderr).toBe(0);
    await expectPersonAndDispute(prisma);
  });

  it("by an upload from the browser", async () => {
    const sqlite = new Database(db.file);
    try {
      const [outcome] = ingestUploads(sqlite, [{ fileName: FILE, bytes: new TextEncoder().encode(TEXT), metadata: { language: "fr", published: "2019-01-12" } }]);
      expect(outcome?.status).toBe("added");
    } finally {
      sqlite.close();
    }
    await expectPersonAndDispute(prisma);
  });

  it("by a re-extraction of an article stored before the columns were filled", async () => {
    expect(runScript("scripts/ingest.ts", [dir], db.url).code).toBe(0);
    await prisma.claim.updateMany({ data: { sourcePerson: null, disputesStart: null, disputesEnd: null, disputesQuote: null } });
    await prisma.article.updateMany({ data: { extractionVersion: 0 } });
    expect((await storedClaims(prisma)).some((c) => c.disputes || c.source?.person)).toBe(false);
    const sqlite = new Database(db.file);
    try {
      expect(reextractArticles(sqlite)).toBe(1);
    } finally {
      sqlite.close();
    }
    await expectPersonAndDispute(prisma);
  });
});
