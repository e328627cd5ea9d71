-- CreateEnum
CREATE TYPE "SurveyStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- DropForeignKey
ALTER TABLE "Survey" DROP CONSTRAINT "Survey_periodId_fkey";

-- DropIndex
DROP INDEX "Survey_periodId_unitId_kind_key";

-- DropIndex
DROP INDEX "SurveyResponse_surveyId_idx";

-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "sourceSurveyId" TEXT;

-- AlterTable
ALTER TABLE "Survey" DROP COLUMN "kind",
DROP COLUMN "periodId",
DROP COLUMN "unitId",
ADD COLUMN     "assessmentId" TEXT NOT NULL,
ADD COLUMN     "catalogueVersionId" TEXT NOT NULL,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "createdById" TEXT NOT NULL,
ADD COLUMN     "status" "SurveyStatus" NOT NULL DEFAULT 'DRAFT',
ADD COLUMN     "targetSample" INTEGER NOT NULL,
ADD COLUMN     "tokenRequired" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "SurveyResponse" ADD COLUMN     "deviceHash" TEXT,
ADD COLUMN     "profile" JSONB NOT NULL,
ADD COLUMN     "tokenId" TEXT;

-- DropEnum
DROP TYPE "SurveyKind";

-- CreateTable
CREATE TABLE "SurveyToken" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "SurveyToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyRateLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "hits" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SurveyRateLimit_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateIndex
CREATE UNIQUE INDEX "SurveyToken_surveyId_code_key" ON "SurveyToken"("surveyId", "code");

-- CreateIndex
CREATE INDEX "SurveyRateLimit_windowStart_idx" ON "SurveyRateLimit"("windowStart");

-- CreateIndex
CREATE UNIQUE INDEX "Survey_assessmentId_catalogueVersionId_key" ON "Survey"("assessmentId", "catalogueVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_tokenId_key" ON "SurveyResponse"("tokenId");

-- CreateIndex
CREATE INDEX "SurveyResponse_surveyId_submittedAt_idx" ON "SurveyResponse"("surveyId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyResponse_surveyId_deviceHash_key" ON "SurveyResponse"("surveyId", "deviceHash");

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_sourceSurveyId_fkey" FOREIGN KEY ("sourceSurveyId") REFERENCES "Survey"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_catalogueVersionId_fkey" FOREIGN KEY ("catalogueVersionId") REFERENCES "CatalogueVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResponse" ADD CONSTRAINT "SurveyResponse_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "SurveyToken"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyToken" ADD CONSTRAINT "SurveyToken_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A survey response is what a respondent said: nobody (the unit, a bug, a script) changes it.
CREATE FUNCTION "survey_response_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."answers" IS DISTINCT FROM OLD."answers" OR NEW."profile" IS DISTINCT FROM OLD."profile"
     OR NEW."surveyId" IS DISTINCT FROM OLD."surveyId" OR NEW."submittedAt" IS DISTINCT FROM OLD."submittedAt" THEN
    RAISE EXCEPTION 'survey responses cannot be changed';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "SurveyResponse_immutable" BEFORE UPDATE ON "SurveyResponse"
  FOR EACH ROW EXECUTE FUNCTION "survey_response_immutable"();
