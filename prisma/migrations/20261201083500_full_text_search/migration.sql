-- Full-text search over claims (quote, what is counted, who says it, outlet)
-- and over articles (title, text, outlet), blind to case and accents in any
-- language: "coreens" finds "coréens", "Etats" finds "États-Unis".
--
-- unicode61 with remove_diacritics 2 indexes words; a search matches words
-- and beginnings of words ("Kours" finds "Koursk"). The trigram tokenizer
-- would also find any inner substring, but its index is about three times the
-- text it covers and slower to write, for little an analyst types.
--
-- The tables are contentless (the text stays in Claim and Article) with
-- contentless_delete, so a row is dropped by its id alone. The triggers keep
-- them current for every writer (ingest, uploads, re-extraction, deletion,
-- review) in the writer's own transaction. They are not in schema.prisma:
-- scripts/db/migrations.ts lists them, with FTS5's shadow tables, as tables
-- Prisma does not manage.

CREATE VIRTUAL TABLE "ClaimSearch" USING fts5(
  "quote", "measure", "source", "outlet",
  content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
  "title", "text", "publisher",
  content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2'
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

-- What an existing database already holds.
INSERT INTO "ClaimSearch" ("rowid", "quote", "measure", "source", "outlet")
  SELECT "id", "quote", "measure", concat_ws(' ', "sourceName", "sourceId"), "outlet" FROM "Claim";
INSERT INTO "ArticleSearch" ("rowid", "title", "text", "publisher") SELECT "id", "title", "text", "publisher" FROM "Article";
