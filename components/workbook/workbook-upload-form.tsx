"use client";

import { FileUploadForm } from "@/components/workbook/file-upload-form";

/** Sends a workbook to the upload route and opens its preview; nothing is written yet. */
export function WorkbookUploadForm({ assessmentId }: { assessmentId: string }) {
  return (
    <FileUploadForm uploadUrl={`/api/unggah/lke?assessmentId=${encodeURIComponent(assessmentId)}`}
      label="Buku kerja LKE (.xlsx, paling besar 5 MB)" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      missing="Pilih berkas buku kerja (.xlsx) terlebih dahulu." previewHref={(importId) => `/lke/${assessmentId}/impor/${importId}`} />
  );
}
