import type { TActionResult } from "@/lib/action-result";
import type { TUploadResult } from "@/lib/evidence/upload-evidence";

export type TUploadResponse = TActionResult<TUploadResult>;

const NETWORK_MESSAGE = "Unggahan gagal: koneksi ke server terputus. Periksa jaringan lalu coba lagi.";

/**
 * Sends one file as the raw request body to the upload route. XMLHttpRequest rather than fetch:
 * it reports upload progress. Always resolves, with the route's { ok, ... } result.
 */
export function uploadFile(options: {
  assessmentId: string;
  itemId: string;
  evidenceId?: string;
  /** The item's expected document this file is (ticks it). */
  expectedEntry?: number;
  file: File;
  onProgress: (loaded: number, total: number) => void;
}): Promise<TUploadResponse> {
  const query = new URLSearchParams({ assessmentId: options.assessmentId, itemId: options.itemId });
  if (options.evidenceId) query.set("evidenceId", options.evidenceId);
  if (options.expectedEntry !== undefined) query.set("dokumen", String(options.expectedEntry));
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/bukti/unggah?${query}`);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(options.file.name));
    xhr.upload.onprogress = (event) => options.onProgress(event.loaded, event.lengthComputable ? event.total : options.file.size);
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as TUploadResponse);
      } catch {
        // Not our JSON: a proxy in front of the app refused or failed the request.
        resolve({ ok: false, code: "INTERNAL", message: xhr.status === 413 ? "Berkas ditolak server karena terlalu besar." : `Unggahan gagal (kode ${xhr.status}). Silakan coba lagi.` });
      }
    };
    xhr.onerror = () => resolve({ ok: false, code: "INTERNAL", message: NETWORK_MESSAGE });
    xhr.onabort = () => resolve({ ok: false, code: "INTERNAL", message: "Unggahan dibatalkan." });
    xhr.send(options.file);
  });
}
