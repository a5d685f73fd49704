-- CreateTable
CREATE TABLE "ClaimFacet" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" TEXT,
    "category" TEXT NOT NULL,
    "outlet" TEXT,
    "questionId" TEXT,
    "stance" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "claims" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "ClaimFacet_questionId_sourceId_outlet_category_stance_language_claims_idx" ON "ClaimFacet"("questionId", "sourceId", "outlet", "category", "stance", "language", "claims");

-- CreateIndex
CREATE INDEX "ClaimFacet_sourceId_category_outlet_stance_language_questionId_claims_idx" ON "ClaimFacet"("sourceId", "category", "outlet", "stance", "language", "questionId", "claims");

-- CreateIndex
CREATE INDEX "ClaimFacet_category_sourceId_outlet_stance_language_questionId_claims_idx" ON "ClaimFacet"("category", "sourceId", "outlet", "stance", "language", "questionId", "claims");

-- CreateIndex
CREATE INDEX "ClaimFacet_outlet_claims_idx" ON "ClaimFacet"("outlet", "claims");

-- CreateIndex
CREATE INDEX "Claim_outlet_valueBest_idx" ON "Claim"("outlet", "valueBest");

-- CreateIndex
CREATE INDEX "Claim_sourceId_category_dateForSort_idx" ON "Claim"("sourceId", "category", "dateForSort");

-- The counts are kept by the writes themselves, in the writer's transaction,
-- so that a facet count always equals the rows its filter gives, whoever
-- wrote (ingest, uploads, re-extraction, deletion, review, regrouping).
-- A claim's language is its article's. When an article goes, the cascade
-- deletes its claims after the article row is gone, so the article's own
-- trigger takes its claims out and the claim trigger finds no language to
-- count against (it then does nothing).

CREATE TRIGGER "Claim_facet_insert" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "ClaimFacet" ("sourceId", "category", "outlet", "questionId", "stance", "language", "claims")
    SELECT new."sourceId", new."category", new."outlet", new."questionId", new."stance", (SELECT "language" FROM "Article" WHERE "id" = new."articleId"), 0
     WHERE (SELECT "language" FROM "Article" WHERE "id" = new."articleId") IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ClaimFacet" WHERE "ClaimFacet"."questionId" IS new."questionId" AND "ClaimFacet"."sourceId" IS new."sourceId" AND "ClaimFacet"."outlet" IS new."outlet"
     AND "ClaimFacet"."category" = new."category" AND "ClaimFacet"."stance" = new."stance" AND "ClaimFacet"."language" = (SELECT "language" FROM "Article" WHERE "id" = new."articleId"));
  UPDATE "ClaimFacet" SET "claims" = "claims" + 1 WHERE "ClaimFacet"."questionId" IS new."questionId" AND "ClaimFacet"."sourceId" IS new."sourceId" AND "ClaimFacet"."outlet" IS new."outlet"
     AND "ClaimFacet"."category" = new."category" AND "ClaimFacet"."stance" = new."stance" AND "ClaimFacet"."language" = (SELECT "language" FROM "Article" WHERE "id" = new."articleId");
END;

CREATE TRIGGER "Claim_facet_delete" AFTER DELETE ON "Claim" BEGIN
  UPDATE "ClaimFacet" SET "claims" = "claims" - 1 WHERE "ClaimFacet"."questionId" IS old."questionId" AND "ClaimFacet"."sourceId" IS old."sourceId" AND "ClaimFacet"."outlet" IS old."outlet"
     AND "ClaimFacet"."category" = old."category" AND "ClaimFacet"."stance" = old."stance" AND "ClaimFacet"."language" = (SELECT "language" FROM "Article" WHERE "id" = old."articleId");
  DELETE FROM "ClaimFacet" WHERE "claims" = 0 AND "ClaimFacet"."questionId" IS old."questionId" AND "ClaimFacet"."sourceId" IS old."sourceId" AND "ClaimFacet"."outlet" IS old."outlet"
     AND "ClaimFacet"."category" = old."category" AND "ClaimFacet"."stance" = old."stance" AND "ClaimFacet"."language" = (SELECT "language" FROM "Article" WHERE "id" = old."articleId");
END;

CREATE TRIGGER "Claim_facet_update" AFTER UPDATE OF "sourceId", "category", "outlet", "questionId", "stance" ON "Claim"
  WHEN old."sourceId" IS NOT new."sourceId" OR old."category" IS NOT new."category" OR old."outlet" IS NOT new."outlet"
    OR old."questionId" IS NOT new."questionId" OR old."stance" IS NOT new."stance" BEGIN
  UPDATE "ClaimFacet" SET "claims" = "claims" - 1 WHERE "ClaimFacet"."questionId" IS old."questionId" AND "ClaimFacet"."sourceId" IS old."sourceId" AND "ClaimFacet"."outlet" IS old."outlet"
     AND "ClaimFacet"."category" = old."category" AND "ClaimFacet"."stance" = old."stance" AND "ClaimFacet"."language" = (SELECT "language" FROM "Article" WHERE "id" = old."articleId");
  DELETE FROM "ClaimFacet" WHERE "claims" = 0 AND "ClaimFacet"."questionId" IS old."questionId" AND "ClaimFacet"."sourceId" IS old."sourceId" AND "ClaimFacet"."outlet" IS old."outlet"
     AND "ClaimFacet"."category" = old."category" AND "ClaimFacet"."stance" = old."stance" AND "ClaimFacet"."language" = (SELECT "language" FROM "Article" WHERE "id" = old."articleId");
  INSERT INTO "ClaimFacet" ("sourceId", "category", "outlet", "questionId", "stance", "language", "claims")
    SELECT new."sourceId", new."category", new."outlet", new."questionId", new."stance", (SELECT "language" FROM "Article" WHERE "id" = new."articleId"), 0
     WHERE (SELECT "language" FROM "Article" WHERE "id" = new."articleId") IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ClaimFacet" WHERE "ClaimFacet"."questionId" IS new."questionId" AND "ClaimFacet"."sourceId" IS new."sourceId" AND "ClaimFacet"."outlet" IS new."outlet"
     AND "ClaimFacet"."category" = new."category" AND "ClaimFacet"."stance" = new."stance" AND "ClaimFacet"."language" = (SELECT "language" FROM "Article" WHERE "id" = new."articleId"));
  UPDATE "ClaimFacet" SET "claims" = "claims" + 1 WHERE "ClaimFacet"."questionId" IS new."questionId" AND "ClaimFacet"."sourceId" IS new."sourceId" AND "ClaimFacet"."outlet" IS new."outlet"
     AND "ClaimFacet"."category" = new."category" AND "ClaimFacet"."stance" = new."stance" AND "ClaimFacet"."language" = (SELECT "language" FROM "Article" WHERE "id" = new."articleId");
END;

CREATE TRIGGER "Article_facet_delete" BEFORE DELETE ON "Article" BEGIN
  UPDATE "ClaimFacet" SET "claims" = "claims" - g."n" FROM (SELECT "sourceId", "category", "outlet", "questionId", "stance", count(*) AS "n" FROM "Claim" WHERE "articleId" = old."id" GROUP BY 1, 2, 3, 4, 5) AS g
   WHERE "ClaimFacet"."questionId" IS g."questionId" AND "ClaimFacet"."sourceId" IS g."sourceId" AND "ClaimFacet"."outlet" IS g."outlet"
     AND "ClaimFacet"."category" = g."category" AND "ClaimFacet"."stance" = g."stance" AND "ClaimFacet"."language" = old."language";
  DELETE FROM "ClaimFacet" WHERE "claims" = 0 AND "language" = old."language";
END;

-- An article's new language moves its claims' counts: out before the change, in after it.
CREATE TRIGGER "Article_facet_language_out" BEFORE UPDATE OF "language" ON "Article" WHEN old."language" IS NOT new."language" BEGIN
  UPDATE "ClaimFacet" SET "claims" = "claims" - g."n" FROM (SELECT "sourceId", "category", "outlet", "questionId", "stance", count(*) AS "n" FROM "Claim" WHERE "articleId" = old."id" GROUP BY 1, 2, 3, 4, 5) AS g
   WHERE "ClaimFacet"."questionId" IS g."questionId" AND "ClaimFacet"."sourceId" IS g."sourceId" AND "ClaimFacet"."outlet" IS g."outlet"
     AND "ClaimFacet"."category" = g."category" AND "ClaimFacet"."stance" = g."stance" AND "ClaimFacet"."language" = old."language";
  DELETE FROM "ClaimFacet" WHERE "claims" = 0 AND "language" = old."language";
END;

CREATE TRIGGER "Article_facet_language_in" AFTER UPDATE OF "language" ON "Article" WHEN old."language" IS NOT new."language" BEGIN
  INSERT INTO "ClaimFacet" ("sourceId", "category", "outlet", "questionId", "stance", "language", "claims")
    SELECT g."sourceId", g."category", g."outlet", g."questionId", g."stance", new."language", 0 FROM (SELECT "sourceId", "category", "outlet", "questionId", "stance", count(*) AS "n" FROM "Claim" WHERE "articleId" = new."id" GROUP BY 1, 2, 3, 4, 5) AS g
     WHERE NOT EXISTS (SELECT 1 FROM "ClaimFacet" WHERE "ClaimFacet"."questionId" IS g."questionId" AND "ClaimFacet"."sourceId" IS g."sourceId" AND "ClaimFacet"."outlet" IS g."outlet"
     AND "ClaimFacet"."category" = g."category" AND "ClaimFacet"."stance" = g."stance" AND "ClaimFacet"."language" = new."language");
  UPDATE "ClaimFacet" SET "claims" = "claims" + g."n" FROM (SELECT "sourceId", "category", "outlet", "questionId", "stance", count(*) AS "n" FROM "Claim" WHERE "articleId" = new."id" GROUP BY 1, 2, 3, 4, 5) AS g
   WHERE "ClaimFacet"."questionId" IS g."questionId" AND "ClaimFacet"."sourceId" IS g."sourceId" AND "ClaimFacet"."outlet" IS g."outlet"
     AND "ClaimFacet"."category" = g."category" AND "ClaimFacet"."stance" = g."stance" AND "ClaimFacet"."language" = new."language";
END;

-- What an existing database already holds, and the statistics the planner needs to choose the new indexes.
INSERT INTO "ClaimFacet" ("sourceId", "category", "outlet", "questionId", "stance", "language", "claims")
  SELECT c."sourceId", c."category", c."outlet", c."questionId", c."stance", a."language", count(*)
    FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" GROUP BY 1, 2, 3, 4, 5, 6;
ANALYZE;
