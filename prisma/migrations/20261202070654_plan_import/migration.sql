-- CreateEnum
CREATE TYPE "WorkbookImportKind" AS ENUM ('ANSWERS', 'PLAN');

-- AlterTable
ALTER TABLE "WorkbookImport" ADD COLUMN     "kind" "WorkbookImportKind" NOT NULL DEFAULT 'ANSWERS';
