import { UnavailableError, ValidationError } from "@/lib/errors";

// Refusals of an uploaded file. They are ValidationErrors (shown as they are); the upload
// route also maps each to its HTTP status.

export class UnsupportedFileError extends ValidationError {
  readonly status = 415;
  constructor(fileName: string) {
    super(`Berkas '${fileName}' ditolak: isinya bukan PDF, gambar, atau dokumen Office yang diizinkan (PDF, JPEG, PNG, WebP, DOCX, XLSX, PPTX).`);
  }
}

export class FileTooLargeError extends ValidationError {
  readonly status = 413;
  constructor(fileName: string, limitLabel: string) {
    super(`Berkas melebihi batas ${limitLabel}: '${fileName}' tidak dapat diunggah.`);
  }
}

export class QuotaExceededError extends ValidationError {
  readonly status = 413;
  constructor(limitLabel: string) {
    super(`Ruang bukti dukung LKE ini sudah penuh (batas ${limitLabel} per LKE). Hapus berkas yang tidak diperlukan atau hubungi admin.`);
  }
}

export class EmptyFileError extends ValidationError {
  readonly status = 400;
  constructor(fileName: string) {
    super(`Berkas '${fileName}' kosong.`);
  }
}

/** The storage refused the write (full, read-only, unreachable): nothing was kept. */
export class StorageUnavailableError extends UnavailableError {
  readonly status = 503;
  constructor(cause: unknown) {
    super("storage", "Penyimpanan bukti dukung sedang tidak dapat ditulis. Berkas belum tersimpan; coba lagi nanti atau hubungi admin.", cause);
  }
}

/** The browser stopped sending before the file was complete (closed tab, lost network). */
export class UploadInterruptedError extends ValidationError {
  readonly status = 400;
  constructor(cause: unknown) {
    super("Unggahan terputus sebelum selesai; berkas belum tersimpan. Silakan unggah ulang.");
    this.cause = cause;
  }
}
