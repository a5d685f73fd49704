-- The full-text indexes again (migration full_text_search), with detail=none:
-- each word keeps only the ids of the rows it occurs in, not its column and
-- positions. A search is every word (or word beginning) of the box anywhere
-- in the row, never a phrase, a NEAR or a column filter, so nothing it
-- matches changes; the index is a fraction of the size, quicker to write on
-- every ingest and quicker to read.

DROP TRIGGER "Claim_search_insert";
DROP TRIGGER "Claim_search_delete";
DROP TRIGGER "Claim_search_update";
DROP TRIGGER "Article_search_insert";
DROP TRIGGER "Article_search_delete";
DROP TRIGGER "Article_search_update";
DROP TABLE "ClaimSearch";
DROP TABLE "ArticleSearch";

CREATE VIRTUAL TABLE "ClaimSearch" USING fts5(
  "quote", "measure", "source", "outlet",
  content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
  "title", "text", "publisher",
  content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61 remove_diacritics 2'
);

-- "source" holds how the article names the source and the agency's id, so that "gur" finds every GUR claim.
CREATE TRIGGER "Claim_search_insert" AFTER INSERT ON "Claim" BEGIN
  INSERT INTO "ClaimSearch" ("rowid", "quote", "measure", "source", "outlet")
  VALUES (new."id", new."quote", new."measure", concat_ws(' ', new."sourceName", new."sourceId"), new."outlet");
END;

CREATE TRIGGER "Claim_search_delete" AFTER DELETE ON "Claim" BEGIN
  DELETE FROM "ClaimSearch" WHERE "rowid" = old."id";
END;

CREATE TRIGGER "Claim_search_update" AFTER UPDATE OF "quote", "measure", "sourceName", "sourceId", "outlet" ON "Claim" BEGIN
  DELETE FROM "ClaimSearch" WHERE "rowid" = old."id";
  INSERT INTO "ClaimSearch" ("rowid", "quote", "measure", "source", "outlet")
  VALUES (new."id", new."quote", new."measure", concat_ws(' ', new."sourceName", new."sourceId"), new."outlet");
END;

CREATE TRIGGER "Article_search_insert" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "ArticleSearch" ("rowid", "title", "text", "publisher") VALUES (new."id", new."title", new."text", new."publisher");
END;

CREATE TRIGGER "Article_search_delete" AFTER DELETE ON "Article" BEGIN
  DELETE FROM "ArticleSearch" WHERE "rowid" = old."id";
END;

CREATE TRIGGER "Article_search_update" AFTER UPDATE OF "title", "text", "publisher" ON "Article" BEGIN
  DELETE FROM "ArticleSearch" WHERE "rowid" = old."id";
  INSERT INTO "ArticleSearch" ("rowid", "title", "text", "publisher") VALUES (new."id", new."title", new."text", new."publisher");
END;

INSERT INTO "ClaimSearch" ("rowid", "quote", "measure", "source", "outlet")
  SELECT "id", "quote", "measure", concat_ws(' ', "sourceName", "sourceId"), "outlet" FROM "Claim";
INSERT INTO "ArticleSearch" ("rowid", "title", "text", "publisher") SELECT "id", "title", "text", "publisher" FROM "Article";
