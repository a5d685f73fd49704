-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fileName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "published" TEXT,
    "dateSource" TEXT NOT NULL,
    "dateNote" TEXT,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "byteLength" INTEGER NOT NULL,
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "country" TEXT,
    "kind" TEXT NOT NULL,
    "claimCount" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "label" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "scopePlace" TEXT,
    "scopeGroup" TEXT,
    "scopeState" TEXT,
    "parentId" TEXT,
    "claimCount" INTEGER NOT NULL DEFAULT 0,
    "sourceCount" INTEGER NOT NULL DEFAULT 0,
    "spreadLow" REAL,
    "spreadHigh" REAL,
    "consensusLow" REAL,
    "consensusBest" REAL,
    "consensusHigh" REAL,
    "consensusMethod" TEXT,
    "consensusExplanation" TEXT,
    "figures" TEXT NOT NULL DEFAULT '[]',
    "relationCounts" TEXT NOT NULL DEFAULT '{}',
    "timeline" TEXT NOT NULL DEFAULT '{"points":[],"byMonth":false}',
    "conflictScore" REAL NOT NULL DEFAULT 0,
    "firstDate" TEXT,
    "lastDate" TEXT,
    "subject" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Question_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Question" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "outlet" TEXT,
    "sourceId" TEXT,
    "sourceName" TEXT,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "mentions" TEXT NOT NULL DEFAULT '[]',
    "valueLow" REAL,
    "valueBest" REAL,
    "valueHigh" REAL,
    "qualifier" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "subject" TEXT,
    "scopePlace" TEXT,
    "scopeGroup" TEXT,
    "scopeState" TEXT,
    "asOf" TEXT,
    "asOfPrecision" TEXT,
    "dateForSort" TEXT,
    "stance" TEXT NOT NULL,
    "questionId" TEXT,
    "questionReason" TEXT,
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Claim_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Claim_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Relation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "questionId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "claimIds" TEXT NOT NULL,
    "explanation" TEXT NOT NULL,
    CONSTRAINT "Relation_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_published_idx" ON "Article"("published");

-- CreateIndex
CREATE INDEX "Article_publisher_idx" ON "Article"("publisher");

-- CreateIndex
CREATE INDEX "Question_conflictScore_idx" ON "Question"("conflictScore");

-- CreateIndex
CREATE INDEX "Question_category_idx" ON "Question"("category");

-- CreateIndex
CREATE INDEX "Claim_articleId_start_idx" ON "Claim"("articleId", "start");

-- CreateIndex
CREATE INDEX "Claim_sourceId_dateForSort_idx" ON "Claim"("sourceId", "dateForSort");

-- CreateIndex
CREATE INDEX "Claim_questionId_dateForSort_idx" ON "Claim"("questionId", "dateForSort");

-- CreateIndex
CREATE INDEX "Claim_questionId_sourceId_idx" ON "Claim"("questionId", "sourceId");

-- CreateIndex
CREATE INDEX "Claim_category_dateForSort_idx" ON "Claim"("category", "dateForSort");

-- CreateIndex
CREATE INDEX "Claim_outlet_dateForSort_idx" ON "Claim"("outlet", "dateForSort");

-- CreateIndex
CREATE INDEX "Claim_dateForSort_idx" ON "Claim"("dateForSort");

-- CreateIndex
CREATE INDEX "Claim_valueBest_idx" ON "Claim"("valueBest");

-- CreateIndex
CREATE INDEX "Claim_sourceName_idx" ON "Claim"("sourceName");

-- CreateIndex
CREATE INDEX "Relation_questionId_type_idx" ON "Relation"("questionId", "type");
