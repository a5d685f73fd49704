-- DropIndex
DROP INDEX "Claim_reviewStatus_questionId_idx";

-- CreateIndex
CREATE INDEX "Claim_reviewStatus_idx" ON "Claim"("reviewStatus");

-- CreateIndex
CREATE INDEX "Claim_questionId_reviewStatus_idx" ON "Claim"("questionId", "reviewStatus");

-- Statistics for the planner: the new indexes weighed against the others.
ANALYZE "Claim";
