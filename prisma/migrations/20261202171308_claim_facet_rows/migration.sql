-- CreateTable
CREATE TABLE "ClaimFacetRow" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "sourceId" TEXT,
    "category" TEXT NOT NULL,
    "outlet" TEXT,
    "questionId" TEXT,
    "stance" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "valueLow" REAL,
    "valueBest" REAL,
    "valueHigh" REAL
);

-- The rows are kept by the writes themselves, in the writer's transaction, as
-- ClaimFacet is (migration facet_counts), so that a facet count always equals
-- the rows its filter gives, whoever wrote. A claim's language is its
-- article's. An article deleted takes its claims with it by the cascade, whose
-- deletes fire the claim trigger.

CREATE TRIGGER "Claim_facet_row_insert" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "ClaimFacetRow" ("id", "sourceId", "category", "outlet", "questionId", "stance", "language", "valueLow", "valueBest", "valueHigh")
    SELECT new."id", new."sourceId", new."category", new."outlet", new."questionId", new."stance", a."language", new."valueLow", new."valueBest", new."valueHigh"
      FROM "Article" a WHERE a."id" = new."articleId";
END;

CREATE TRIGGER "Claim_facet_row_delete" AFTER DELETE ON "Claim" BEGIN
  DELETE FROM "ClaimFacetRow" WHERE "id" = old."id";
END;

CREATE TRIGGER "Claim_facet_row_update" AFTER UPDATE OF "articleId", "sourceId", "category", "outlet", "questionId", "stance", "valueLow", "valueBest", "valueHigh" ON "Claim"
  WHEN old."articleId" IS NOT new."articleId" OR old."sourceId" IS NOT new."sourceId" OR old."category" IS NOT new."category" OR old."outlet" IS NOT new."outlet"
    OR old."questionId" IS NOT new."questionId" OR old."stance" IS NOT new."stance"
    OR old."valueLow" IS NOT new."valueLow" OR old."valueBest" IS NOT new."valueBest" OR old."valueHigh" IS NOT new."valueHigh" BEGIN
  UPDATE "ClaimFacetRow" SET "sourceId" = new."sourceId", "category" = new."category", "outlet" = new."outlet", "questionId" = new."questionId", "stance" = new."stance",
      "language" = (SELECT "language" FROM "Article" WHERE "id" = new."articleId"), "valueLow" = new."valueLow", "valueBest" = new."valueBest", "valueHigh" = new."valueHigh"
    WHERE "id" = new."id";
END;

CREATE TRIGGER "Article_facet_row_language" AFTER UPDATE OF "language" ON "Article" WHEN old."language" IS NOT new."language" BEGIN
  UPDATE "ClaimFacetRow" SET "language" = new."language" WHERE "id" IN (SELECT "id" FROM "Claim" WHERE "articleId" = new."id");
END;

-- What an existing database already holds.
INSERT INTO "ClaimFacetRow" ("id", "sourceId", "category", "outlet", "questionId", "stance", "language", "valueLow", "valueBest", "valueHigh")
  SELECT c."id", c."sourceId", c."category", c."outlet", c."questionId", c."stance", a."language", c."valueLow", c."valueBest", c."valueHigh"
    FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId" ORDER BY c."id";
