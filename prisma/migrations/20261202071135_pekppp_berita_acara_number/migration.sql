-- AlterEnum
ALTER TYPE "ReportKind" ADD VALUE 'PEKPPP_BERITA_ACARA';

-- AlterTable
ALTER TABLE "AgencyDocumentSettings" ADD COLUMN     "pekpppBaNumberPattern" TEXT NOT NULL DEFAULT 'BA-{urut}/PEKPPP/{bulan_romawi}/{tahun}';

-- AlterTable
ALTER TABLE "IndexResult" ADD COLUMN     "beritaAcaraNumber" TEXT;
