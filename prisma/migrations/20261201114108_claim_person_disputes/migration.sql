-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "disputesEnd" INTEGER;
ALTER TABLE "Claim" ADD COLUMN "disputesQuote" TEXT;
ALTER TABLE "Claim" ADD COLUMN "disputesStart" INTEGER;
ALTER TABLE "Claim" ADD COLUMN "sourcePerson" TEXT;
