import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeEvidence } from "@/lib/access/evidence-access";
import { openEvidenceFile } from "@/lib/evidence/open-evidence";
import { uploadEvidence, type TUploadInput } from "@/lib/evidence/upload-evidence";
import type { TWorld } from "@/tests/support/fixtures";

// Calls the same server-side functions the bukti dukung routes call.

export function uploader(world: TWorld, assessmentId = "asm-a") {
  return (user: TSessionUser, code: string, data: Buffer | AsyncIterable<Uint8Array>, fileName = "bukti.pdf", extra: Partial<TUploadInput> = {}) =>
    uploadEvidence(user, { assessmentId, itemId: world.itemId(code), fileName, ...extra }, Buffer.isBuffer(data) ? Readable.from([data]) : data);
}

/** What the download route does: authorise the entry for reading, then open the file. */
export async function openAs(user: TSessionUser, evidenceId: string, version?: number) {
  return openEvidenceFile(await authorizeEvidence(user, evidenceId, "evidence.read"), version);
}

export async function download(user: TSessionUser, evidenceId: string, version?: number): Promise<Buffer> {
  const file = await openAs(user, evidenceId, version);
  const chunks: Buffer[] = [];
  for await (const chunk of file.stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A body that records whether anyone started reading it. */
export function watchedBody(data: Buffer = Buffer.from("%PDF-1.4\n")) {
  const state = { read: false };
  const body = (async function* () {
    state.read = true;
    yield data;
  })();
  return { body, state };
}

export const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** What an evidence write leaves behind, to compare before and after a refused one. */
export async function evidenceState(assessmentId = "asm-a") {
  const [evidence, versions, blobs, assessment, audit] = await Promise.all([
    prisma.evidence.count({ where: { assessmentId } }),
    prisma.evidenceVersion.count({ where: { evidence: { assessmentId } } }),
    prisma.evidenceBlob.count({ where: { assessmentId } }),
    prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { evidencedCount: true } }),
    prisma.auditEvent.count({ where: { action: { startsWith: "evidence." } } }),
  ]);
  return { evidence, versions, blobs, evidencedCount: assessment.evidencedCount, audit };
}
