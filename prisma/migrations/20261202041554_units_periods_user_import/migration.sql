-- CreateEnum
CREATE TYPE "UnitLineageKind" AS ENUM ('MERGE', 'SPLIT', 'REPLACE');

-- AlterEnum
ALTER TYPE "PeriodStatus" ADD VALUE 'ARCHIVED';

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "region" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "UnitLineage" (
    "id" TEXT NOT NULL,
    "fromUnitId" TEXT NOT NULL,
    "toUnitId" TEXT NOT NULL,
    "kind" "UnitLineageKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "UnitLineage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserImport" (
    "id" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "preview" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UserImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitLineage_toUnitId_idx" ON "UnitLineage"("toUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitLineage_fromUnitId_toUnitId_key" ON "UnitLineage"("fromUnitId", "toUnitId");

-- CreateIndex
CREATE INDEX "UserImport_createdById_idx" ON "UserImport"("createdById");

-- CreateIndex
CREATE INDEX "UserImport_expiresAt_idx" ON "UserImport"("expiresAt");

-- AddForeignKey
ALTER TABLE "UnitLineage" ADD CONSTRAINT "UnitLineage_fromUnitId_fkey" FOREIGN KEY ("fromUnitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitLineage" ADD CONSTRAINT "UnitLineage_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserImport" ADD CONSTRAINT "UserImport_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserImport" ADD CONSTRAINT "UserImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
