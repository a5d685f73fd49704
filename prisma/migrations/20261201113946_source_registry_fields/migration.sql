-- AlterTable
ALTER TABLE "Source" ADD COLUMN "registry" TEXT;
