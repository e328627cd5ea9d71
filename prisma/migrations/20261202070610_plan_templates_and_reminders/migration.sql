-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'PLAN_STEP_DUE';

-- CreateTable
CREATE TABLE "PlanTemplateStep" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "catalogueVersionId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "plannedOutput" TEXT NOT NULL,
    "plannedMonths" INTEGER[],
    "position" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanTemplateStep_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PlanTemplateStep_agencyId_catalogueVersionId_nodeId_idx" ON "PlanTemplateStep"("agencyId", "catalogueVersionId", "nodeId");

-- AddForeignKey
ALTER TABLE "PlanTemplateStep" ADD CONSTRAINT "PlanTemplateStep_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTemplateStep" ADD CONSTRAINT "PlanTemplateStep_catalogueVersionId_fkey" FOREIGN KEY ("catalogueVersionId") REFERENCES "CatalogueVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTemplateStep" ADD CONSTRAINT "PlanTemplateStep_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "CatalogueNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTemplateStep" ADD CONSTRAINT "PlanTemplateStep_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
