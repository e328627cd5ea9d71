-- DropForeignKey
ALTER TABLE "_ActionPlanStepToEvidence" DROP CONSTRAINT "_ActionPlanStepToEvidence_A_fkey";

-- DropForeignKey
ALTER TABLE "_ActionPlanStepToEvidence" DROP CONSTRAINT "_ActionPlanStepToEvidence_B_fkey";

-- AlterTable
ALTER TABLE "ActionPlanStep" DROP COLUMN "personInCharge",
DROP COLUMN "realisedMonths",
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "expectedEntry" INTEGER,
ADD COLUMN     "expectedItemId" TEXT,
ADD COLUMN     "personInChargeId" TEXT NOT NULL,
ADD COLUMN     "targetDate" DATE NOT NULL,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "planStepId" TEXT;

-- DropTable
DROP TABLE "_ActionPlanStepToEvidence";

-- CreateTable
CREATE TABLE "ActionPlanRealisation" (
    "id" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "month" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "realisedById" TEXT NOT NULL,
    "realisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPlanRealisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanFile" (
    "id" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "month" INTEGER NOT NULL,
    "blobId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActionPlanFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionPlanMonevNote" (
    "planId" TEXT NOT NULL,
    "month" INTEGER NOT NULL,
    "areaCode" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ActionPlanMonevNote_pkey" PRIMARY KEY ("planId","month","areaCode")
);

-- CreateIndex
CREATE UNIQUE INDEX "ActionPlanRealisation_stepId_month_key" ON "ActionPlanRealisation"("stepId", "month");

-- CreateIndex
CREATE INDEX "ActionPlanFile_stepId_idx" ON "ActionPlanFile"("stepId");

-- CreateIndex
CREATE INDEX "ActionPlanStep_planId_nodeId_idx" ON "ActionPlanStep"("planId", "nodeId");

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_planStepId_fkey" FOREIGN KEY ("planStepId") REFERENCES "ActionPlanStep"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanStep" ADD CONSTRAINT "ActionPlanStep_expectedItemId_fkey" FOREIGN KEY ("expectedItemId") REFERENCES "CatalogueItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanStep" ADD CONSTRAINT "ActionPlanStep_personInChargeId_fkey" FOREIGN KEY ("personInChargeId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanRealisation" ADD CONSTRAINT "ActionPlanRealisation_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "ActionPlanStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanRealisation" ADD CONSTRAINT "ActionPlanRealisation_realisedById_fkey" FOREIGN KEY ("realisedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanFile" ADD CONSTRAINT "ActionPlanFile_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "ActionPlanStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanFile" ADD CONSTRAINT "ActionPlanFile_blobId_fkey" FOREIGN KEY ("blobId") REFERENCES "EvidenceBlob"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanFile" ADD CONSTRAINT "ActionPlanFile_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanMonevNote" ADD CONSTRAINT "ActionPlanMonevNote_planId_fkey" FOREIGN KEY ("planId") REFERENCES "ActionPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionPlanMonevNote" ADD CONSTRAINT "ActionPlanMonevNote_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Months are 1..12 of the period's year: the database refuses anything else too.
ALTER TABLE "ActionPlanStep" ADD CONSTRAINT "ActionPlanStep_plannedMonths_check"
  CHECK (cardinality("plannedMonths") >= 1 AND "plannedMonths" <@ ARRAY[1,2,3,4,5,6,7,8,9,10,11,12]);
ALTER TABLE "ActionPlanRealisation" ADD CONSTRAINT "ActionPlanRealisation_month_check" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "ActionPlanFile" ADD CONSTRAINT "ActionPlanFile_month_check" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "ActionPlanMonevNote" ADD CONSTRAINT "ActionPlanMonevNote_month_check" CHECK ("month" BETWEEN 1 AND 12);
