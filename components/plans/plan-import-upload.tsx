"use client";

import { FileUploadForm } from "@/components/workbook/file-upload-form";

/** Sends a rencana aksi workbook to the upload route and opens its preview; nothing is written yet. */
export function PlanImportUpload({ assessmentId }: { assessmentId: string }) {
  return (
    <FileUploadForm uploadUrl={`/api/unggah/rencana-aksi?assessmentId=${encodeURIComponent(assessmentId)}`}
      label="Rencana aksi (.xlsx, paling besar 5 MB)" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      missing="Pilih berkas rencana aksi (.xlsx) terlebih dahulu." previewHref={(importId) => `/lke/${assessmentId}/rencana-aksi/impor/${importId}`} />
  );
}
