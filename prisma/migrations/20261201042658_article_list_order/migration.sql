-- DropIndex
DROP INDEX "Article_published_idx";

-- CreateIndex
CREATE INDEX "Article_published_fileName_idx" ON "Article"("published" DESC, "fileName");
