-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AnswerType" ADD VALUE 'SCALE_0_5';
ALTER TYPE "AnswerType" ADD VALUE 'CHOICE';
ALTER TYPE "AnswerType" ADD VALUE 'MULTI_CHOICE';
ALTER TYPE "AnswerType" ADD VALUE 'COUNT';
ALTER TYPE "AnswerType" ADD VALUE 'TEXT';

-- AlterTable
ALTER TABLE "CatalogueItem" ADD COLUMN     "form" TEXT;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "district" TEXT;

-- CreateTable
CREATE TABLE "EvaluatorScore" (
    "assessmentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "evaluatorId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluatorScore_pkey" PRIMARY KEY ("assessmentId","itemId","evaluatorId")
);

-- CreateTable
CREATE TABLE "EvaluatorSubmission" (
    "assessmentId" TEXT NOT NULL,
    "evaluatorId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluatorSubmission_pkey" PRIMARY KEY ("assessmentId","evaluatorId")
);

-- CreateTable
CREATE TABLE "AgreedScore" (
    "assessmentId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreedScore_pkey" PRIMARY KEY ("assessmentId","itemId")
);

-- CreateTable
CREATE TABLE "IndexResult" (
    "assessmentId" TEXT NOT NULL,
    "formIndex" DECIMAL(30,20) NOT NULL,
    "surveyIndex" DECIMAL(30,20),
    "value" DECIMAL(30,20) NOT NULL,
    "category" TEXT NOT NULL,
    "priority" BOOLEAN NOT NULL,
    "award" BOOLEAN NOT NULL,
    "result" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndexResult_pkey" PRIMARY KEY ("assessmentId")
);

-- CreateIndex
CREATE INDEX "IndexResult_value_idx" ON "IndexResult"("value");

-- AddForeignKey
ALTER TABLE "EvaluatorScore" ADD CONSTRAINT "EvaluatorScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluatorScore" ADD CONSTRAINT "EvaluatorScore_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogueItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluatorScore" ADD CONSTRAINT "EvaluatorScore_evaluatorId_fkey" FOREIGN KEY ("evaluatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluatorSubmission" ADD CONSTRAINT "EvaluatorSubmission_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluatorSubmission" ADD CONSTRAINT "EvaluatorSubmission_evaluatorId_fkey" FOREIGN KEY ("evaluatorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreedScore" ADD CONSTRAINT "AgreedScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreedScore" ADD CONSTRAINT "AgreedScore_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "CatalogueItem"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreedScore" ADD CONSTRAINT "AgreedScore_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndexResult" ADD CONSTRAINT "IndexResult_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Levels of the described 0-5 scale: the application refuses others, the database too.
ALTER TABLE "EvaluatorScore" ADD CONSTRAINT "EvaluatorScore_level_0_5" CHECK ("level" BETWEEN 0 AND 5);
ALTER TABLE "AgreedScore" ADD CONSTRAINT "AgreedScore_level_0_5" CHECK ("level" BETWEEN 0 AND 5);
