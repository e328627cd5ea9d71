-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "expectedEntry" INTEGER;
