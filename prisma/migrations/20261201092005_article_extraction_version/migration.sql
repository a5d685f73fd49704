-- Columns added in place (no table copy), so that a large database upgrades in a moment.
ALTER TABLE "Article" ADD COLUMN "metadataNote" TEXT;
ALTER TABLE "Article" ADD COLUMN "extractionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Article_extractionVersion_idx" ON "Article"("extractionVersion");
