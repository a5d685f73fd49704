-- DropIndex
DROP INDEX "Claim_questionId_sourceId_idx";

-- CreateIndex
CREATE INDEX "Claim_questionId_sourceId_outlet_articleId_idx" ON "Claim"("questionId", "sourceId", "outlet", "articleId");

-- Statistics for the planner, which otherwise may read a question's claims through another index.
ANALYZE;
