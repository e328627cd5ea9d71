"use client";

import { FileUploadForm } from "@/components/workbook/file-upload-form";

/** Sends a user list to the upload route and opens its preview; no account is created yet. */
export function UserImportUpload({ agencyId }: { agencyId: string }) {
  return (
    <FileUploadForm uploadUrl={`/api/unggah/pengguna?instansi=${encodeURIComponent(agencyId)}`}
      label="Daftar pengguna (.xlsx atau .csv, paling besar 5 MB)"
      accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
      missing="Pilih berkas daftar pengguna (.xlsx atau .csv) terlebih dahulu." previewHref={(importId) => `/admin/pengguna/impor/${importId}`} />
  );
}
