-- CreateEnum
CREATE TYPE "ServiceEntryKind" AS ENUM ('MAKLUMAT', 'STANDARD', 'INNOVATION');

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "publishedAt" TIMESTAMP(3),
ADD COLUMN     "publishedById" TEXT;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "publicVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "PublicStatement" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedById" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PublicStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicServiceEntry" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "kind" "ServiceEntryKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "photoKey" TEXT,
    "photoMime" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicServiceEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicStatement_assessmentId_nodeId_key" ON "PublicStatement"("assessmentId", "nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "PublicServiceEntry_photoKey_key" ON "PublicServiceEntry"("photoKey");

-- CreateIndex
CREATE INDEX "PublicServiceEntry_assessmentId_kind_idx" ON "PublicServiceEntry"("assessmentId", "kind");

-- CreateIndex
CREATE INDEX "Evidence_assessmentId_published_idx" ON "Evidence"("assessmentId", "published");

-- AddForeignKey
ALTER TABLE "PublicStatement" ADD CONSTRAINT "PublicStatement_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicStatement" ADD CONSTRAINT "PublicStatement_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "CatalogueNode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicServiceEntry" ADD CONSTRAINT "PublicServiceEntry_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
