-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "carried" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "recheck" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable: items of versions imported before keys existed keep their code as key
ALTER TABLE "CatalogueItem" ADD COLUMN     "key" TEXT;
UPDATE "CatalogueItem" SET "key" = "code";
ALTER TABLE "CatalogueItem" ALTER COLUMN "key" SET NOT NULL;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "carriedFromId" TEXT;

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "number" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "nip" TEXT;

-- CreateTable
CREATE TABLE "AgencyDocumentSettings" (
    "agencyId" TEXT NOT NULL,
    "letterheadLines" TEXT[],
    "address" TEXT NOT NULL DEFAULT '',
    "logoKey" TEXT,
    "logoMime" TEXT,
    "place" TEXT NOT NULL,
    "lheNumberPattern" TEXT NOT NULL,
    "baNumberPattern" TEXT NOT NULL,
    "approverTitle" TEXT NOT NULL DEFAULT '',
    "approverName" TEXT NOT NULL DEFAULT '',
    "approverNip" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "AgencyDocumentSettings_pkey" PRIMARY KEY ("agencyId")
);

-- CreateTable
CREATE TABLE "ReportSequence" (
    "agencyId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "ReportSequence_pkey" PRIMARY KEY ("agencyId","year","kind")
);

-- CreateIndex
CREATE UNIQUE INDEX "CatalogueItem_versionId_key_key" ON "CatalogueItem"("versionId", "key");

-- AddForeignKey
ALTER TABLE "AgencyDocumentSettings" ADD CONSTRAINT "AgencyDocumentSettings_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSequence" ADD CONSTRAINT "ReportSequence_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;
