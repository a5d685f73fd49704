-- CreateTable
CREATE TABLE "Decision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "target" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "claimId" INTEGER,
    "articleId" INTEGER,
    "start" INTEGER,
    "end" INTEGER,
    "figure" TEXT,
    "questionId" TEXT,
    "sourceId" TEXT,
    "payload" TEXT NOT NULL,
    "note" TEXT,
    "userId" TEXT,
    "userName" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" DATETIME,
    "orphaned" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "userName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "decisionId" INTEGER,
    "claimId" INTEGER,
    "questionId" TEXT,
    "sourceId" TEXT,
    "before" TEXT,
    "after" TEXT,
    "note" TEXT
);

-- AddColumns (in place: a large Claim table is not copied)
ALTER TABLE "Claim" ADD COLUMN "reviewStatus" TEXT NOT NULL DEFAULT 'unreviewed';
ALTER TABLE "Claim" ADD COLUMN "rejectReason" TEXT;
ALTER TABLE "Claim" ADD COLUMN "machine" TEXT;
ALTER TABLE "Claim" ADD COLUMN "addedBy" INTEGER;
ALTER TABLE "Source" ADD COLUMN "aliases" TEXT NOT NULL DEFAULT '[]';

-- CreateIndex
CREATE UNIQUE INDEX "Claim_addedBy_key" ON "Claim"("addedBy");

-- CreateIndex
CREATE INDEX "Claim_reviewStatus_questionId_idx" ON "Claim"("reviewStatus", "questionId");

-- CreateIndex
CREATE INDEX "Decision_articleId_idx" ON "Decision"("articleId");

-- CreateIndex
CREATE INDEX "Decision_claimId_idx" ON "Decision"("claimId");

-- CreateIndex
CREATE INDEX "Decision_questionId_idx" ON "Decision"("questionId");

-- CreateIndex
CREATE INDEX "Decision_orphaned_idx" ON "Decision"("orphaned");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AuditLog_claimId_at_idx" ON "AuditLog"("claimId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_questionId_at_idx" ON "AuditLog"("questionId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_userName_at_idx" ON "AuditLog"("userName", "at");
