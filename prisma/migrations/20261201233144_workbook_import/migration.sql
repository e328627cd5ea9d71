-- CreateTable
CREATE TABLE "WorkbookImport" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "side" "Side" NOT NULL DEFAULT 'SELF',
    "createdById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "preview" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkbookImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WorkbookImport_assessmentId_idx" ON "WorkbookImport"("assessmentId");

-- CreateIndex
CREATE INDEX "WorkbookImport_expiresAt_idx" ON "WorkbookImport"("expiresAt");

-- AddForeignKey
ALTER TABLE "WorkbookImport" ADD CONSTRAINT "WorkbookImport_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkbookImport" ADD CONSTRAINT "WorkbookImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
