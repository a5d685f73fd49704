-- CreateIndex
CREATE INDEX "Claim_sourceId_valueBest_idx" ON "Claim"("sourceId", "valueBest");

-- CreateIndex
CREATE INDEX "Claim_questionId_valueBest_idx" ON "Claim"("questionId", "valueBest");
