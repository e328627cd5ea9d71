import "server-only";
import ExcelJS from "exceljs";
import yauzl from "yauzl";
import { ValidationError } from "@/lib/errors";

// An uploaded workbook, checked before any spreadsheet code reads it: size while it streams,
// then its container (an OOXML zip holding a workbook), then what it unpacks to, so that a
// renamed file or a zip bomb is refused with a precise message.

const MB = 1024 * 1024;
/** Our own export is ~100 KB; a unit's richly formatted copy stays well below this. */
export const WORKBOOK_MAX_BYTES = 5 * MB;
const UNPACKED_MAX_BYTES = 40 * MB;
const MAX_ENTRIES = 2_000;

export class WorkbookFileError extends ValidationError {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** The body of an upload, refused as soon as it passes the limit. */
export async function readUploadBody(source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | null, fileName: string, maxBytes = WORKBOOK_MAX_BYTES): Promise<Buffer> {
  if (!source) throw new WorkbookFileError("Tidak ada berkas yang dikirim.");
  const chunks: Buffer[] = [];
  let size = 0;
  // Node's web streams are async iterables.
  for await (const chunk of source as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new WorkbookFileError(`Berkas '${fileName}' lebih dari ${maxBytes / MB} MB, batas unggah buku kerja. Periksa apakah berkas yang dipilih benar.`, 413);
    chunks.push(Buffer.from(chunk));
  }
  if (size === 0) throw new WorkbookFileError(`Berkas '${fileName}' kosong.`);
  return Buffer.concat(chunks, size);
}

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Reads a checked .xlsx; every refusal names the file and what to do. */
export async function loadWorkbook(buffer: Buffer, fileName: string): Promise<ExcelJS.Workbook> {
  await checkContainer(buffer, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookFileError(`Berkas '${fileName}' rusak atau tidak dapat dibaca sebagai buku kerja Excel. Buka di Excel, simpan ulang sebagai .xlsx, lalu unggah lagi.`, 415);
  }
  return workbook;
}

async function checkContainer(buffer: Buffer, fileName: string) {
  if (buffer.subarray(0, 8).equals(OLE_SIGNATURE)) {
    throw new WorkbookFileError(`Berkas '${fileName}' berformat Excel 97-2003 (.xls) atau dilindungi kata sandi. Simpan ulang sebagai Buku Kerja Excel (.xlsx) tanpa kata sandi, lalu unggah lagi.`, 415);
  }
  const notXlsx = new WorkbookFileError(`Berkas '${fileName}' bukan buku kerja Excel (.xlsx); isinya format lain meskipun namanya berakhiran .xlsx. Unggah buku kerja hasil unduhan aplikasi atau yang disimpan dari Excel sebagai .xlsx.`, 415);
  if (!buffer.subarray(0, 4).equals(ZIP_SIGNATURE)) throw notXlsx;
  const entries = await listEntries(buffer).catch(() => {
    throw notXlsx;
  });
  const names = new Set(entries.map((e) => e.name));
  if (!names.has("[Content_Types].xml") || !names.has("xl/workbook.xml")) throw notXlsx;
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
  if (entries.length > MAX_ENTRIES || unpacked > UNPACKED_MAX_BYTES) {
    throw new WorkbookFileError(`Berkas '${fileName}' terlalu besar setelah dibuka (lebih dari ${UNPACKED_MAX_BYTES / MB} MB isi). Hapus lembar, gambar, atau baris yang tidak diperlukan lalu unggah lagi.`, 413);
  }
}

/** Names and unpacked sizes from the zip's central directory, without unpacking anything. */
function listEntries(buffer: Buffer): Promise<{ name: string; size: number }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error("no zip"));
      const entries: { name: string; size: number }[] = [];
      zip.on("entry", (entry: yauzl.Entry) => {
        entries.push({ name: entry.fileName, size: entry.uncompressedSize });
        if (entries.length > MAX_ENTRIES) {
          zip.close();
          resolve(entries);
        } else {
          zip.readEntry();
        }
      });
      zip.on("end", () => resolve(entries));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}
