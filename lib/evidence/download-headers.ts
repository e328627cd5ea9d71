import { contentDisposition } from "@/lib/evidence/file-name";
import { evidenceTypeOfMime, opensInline } from "@/lib/evidence/file-types";

/**
 * Headers of a served evidence file. The type is the one sniffed at upload and only ever one of
 * the accepted types (anything else goes out as a download of octet-stream): never HTML. The
 * sandbox CSP keeps even a misjudged file from running script on our origin.
 */
export function downloadHeaders(file: { mimeType: string; size: number; fileName: string }, download: boolean): Headers {
  const mimeType = evidenceTypeOfMime(file.mimeType) ? file.mimeType : "application/octet-stream";
  const inline = !download && opensInline(mimeType);
  return new Headers({
    "Content-Type": mimeType,
    "Content-Length": String(file.size),
    "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", file.fileName),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Cache-Control": "private, no-store",
  });
}
