-- CreateIndex
CREATE INDEX "Claim_category_valueBest_idx" ON "Claim"("category", "valueBest");
