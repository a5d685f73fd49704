-- DropIndex
DROP INDEX "ClaimFacet_outlet_claims_idx";

-- CreateIndex
CREATE INDEX "Article_language_idx" ON "Article"("language");

-- CreateIndex
CREATE INDEX "Claim_valueHigh_valueBest_idx" ON "Claim"("valueHigh", "valueBest");

-- CreateIndex
CREATE INDEX "Claim_valueLow_valueBest_idx" ON "Claim"("valueLow", "valueBest");

-- CreateIndex
CREATE INDEX "ClaimFacet_outlet_sourceId_category_stance_language_questionId_claims_idx" ON "ClaimFacet"("outlet", "sourceId", "category", "stance", "language", "questionId", "claims");

-- CreateIndex
CREATE INDEX "ClaimFacet_stance_sourceId_category_outlet_language_questionId_claims_idx" ON "ClaimFacet"("stance", "sourceId", "category", "outlet", "language", "questionId", "claims");

-- CreateIndex
CREATE INDEX "ClaimFacet_language_sourceId_category_outlet_stance_questionId_claims_idx" ON "ClaimFacet"("language", "sourceId", "category", "outlet", "stance", "questionId", "claims");

-- Statistics for the planner, so that it weighs the new indexes against the ones it used before.
ANALYZE;
