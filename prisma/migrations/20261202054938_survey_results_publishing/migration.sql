-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "publishedResults" JSONB,
ADD COLUMN     "resultsPublished" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "resultsPublishedAt" TIMESTAMP(3);
