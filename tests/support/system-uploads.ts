import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { HttpSession } from "@/tests/bench/support/http-session";
import { generatedPdf } from "@/tests/support/evidence-files";

// Uploads to a running instance the way the bukti dukung page sends them (raw body, X-File-Name),
// including one that the client cuts off halfway.

export const uploadPath = (assessmentId: string, itemId: string) =>
  `/api/bukti/unggah?assessmentId=${encodeURIComponent(assessmentId)}&itemId=${encodeURIComponent(itemId)}`;

type TUploadAnswer = { ok: boolean; code?: string; message?: string; data?: { evidence: { id: string; file: { size: number } | null } } };

/** A whole file, as a Buffer or streamed chunk by chunk (a web stream: fetch sends it chunked). */
export async function uploadFile(session: HttpSession, target: string, body: Buffer | ReadableStream<Uint8Array>, fileName = "bukti.pdf") {
  const response = await fetch(`${session.baseUrl}${target}`, {
    method: "POST",
    headers: { Cookie: session.cookieHeader(), Origin: session.baseUrl, "X-File-Name": encodeURIComponent(fileName), "Content-Type": "application/pdf" },
    body: Buffer.isBuffer(body) ? new Uint8Array(body) : body,
    ...(Buffer.isBuffer(body) ? {} : { duplex: "half" }),
  } as RequestInit);
  return { status: response.status, requestId: response.headers.get("x-request-id"), body: (await response.json()) as TUploadAnswer };
}

/**
 * Declares `declaredBytes`, sends `sentBytes` of a PDF, waits until `whileSending` says the server
 * is busy with it (e.g. a temporary file exists), then drops the connection like a closed tab.
 * Returns whether the server was seen busy before the cut.
 */
export async function cutUpload(session: HttpSession, target: string, declaredBytes: number, sentBytes: number, whileSending: () => boolean) {
  const request = http.request(`${session.baseUrl}${target}`, {
    method: "POST",
    headers: {
      Cookie: session.cookieHeader(), Origin: session.baseUrl, "X-File-Name": "scan-besar.pdf",
      "Content-Type": "application/pdf", "Content-Length": declaredBytes,
    },
  });
  request.on("error", () => {
    // expected: we are the ones hanging up
  });
  for await (const chunk of generatedPdf(sentBytes, 7)) {
    if (!request.write(chunk)) await new Promise((r) => request.once("drain", r));
  }
  const deadline = Date.now() + 10_000;
  let busy = whileSending();
  while (!busy && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    busy = whileSending();
  }
  request.destroy();
  return busy;
}

/** Every file under a local storage folder, temporary ones included. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}
