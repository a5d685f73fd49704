-- Each question's reach (distinct articles and outlets of each voice over the
-- question and its parts), kept by the regrouping so that the question page
-- reads it instead of counting. Null until the next regroup, when the page
-- counts as before.

-- AlterTable
ALTER TABLE "Question" ADD COLUMN "reach" TEXT;
