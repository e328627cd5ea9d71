import { createHash } from "node:crypto";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { EmptyFileError, FileTooLargeError, QuotaExceededError, UnsupportedFileError } from "@/lib/evidence/errors";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { download, evidenceState, sha256, uploader, watchedBody } from "@/tests/support/evidence-helpers";
import { useTemporaryStorage } from "@/tests/support/evidence-storage";
import {
  elfExecutable, generatedPdf, htmlPage, plainZip, sampleJpeg, sampleOffice, samplePdf, samplePng, sampleWebp, windowsExecutable,
} from "@/tests/support/evidence-files";

const storage = useTemporaryStorage();
let world: TWorld;
let upload: ReturnType<typeof uploader>;

beforeEach(async () => {
  await resetDatabase();
  storage.clear();
  world = await createWorld();
  upload = uploader(world);
});
afterEach(() => {
  delete process.env.EVIDENCE_MAX_FILE_MB;
  delete process.env.EVIDENCE_MAX_ASSESSMENT_MB;
});
afterAll(() => storage.remove());

describe("uploading a file as bukti dukung", () => {
  it("stores the bytes under a generated key with their SHA-256, one entry, the counter and an audit event", async () => {
    const pdf = samplePdf("SK Tim Kerja");
    const result = await upload(world.users.memberA, "A.I.1.1.a", pdf, "SK Tim Kerja ZI.pdf");

    expect(result.deduplicated).toBe(false);
    expect(result.evidence).toMatchObject({
      kind: "FILE", title: "SK Tim Kerja ZI.pdf", createdByName: "User member-a",
      file: { version: 1, fileName: "SK Tim Kerja ZI.pdf", size: pdf.length, mimeType: "application/pdf", createdByName: "User member-a" },
    });
    const blob = await prisma.evidenceBlob.findFirstOrThrow({ where: { assessmentId: "asm-a" } });
    expect(blob.sha256).toBe(sha256(pdf));
    expect(Number(blob.size)).toBe(pdf.length);
    // The key is ours, never the user's file name.
    expect(blob.storageKey).toMatch(/^assessments\/asm-a\/[0-9a-f-]{36}$/);
    expect(storage.files()).toEqual([blob.storageKey]);
    expect((await download(world.users.memberA, result.evidence.id)).equals(pdf)).toBe(true);

    const assessment = await prisma.assessment.findUniqueOrThrow({ where: { id: "asm-a" } });
    expect(assessment.evidencedCount).toBe(1);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "evidence.upload" } });
    expect(audit).toMatchObject({ actorId: "member-a", entityType: "Evidence", entityId: result.evidence.id, assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a") });
    expect(audit.after).toMatchObject({ fileName: "SK Tim Kerja ZI.pdf", sha256: sha256(pdf), size: pdf.length, mimeType: "application/pdf", version: 1 });
  });

  it.each([
    ["PDF", samplePdf(), "bukti.pdf", "application/pdf"],
    ["JPEG", sampleJpeg(), "foto.jpg", "image/jpeg"],
    ["PNG under a misleading name", samplePng(), "tangkapan-layar.bin", "image/png"],
    ["WebP", sampleWebp(), "foto.webp", "image/webp"],
    ["DOCX", sampleOffice("docx"), "notulen.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["XLSX", sampleOffice("xlsx"), "rekap.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["PPTX", sampleOffice("pptx"), "paparan.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
  ])("accepts %s and records the type found in its content", async (_label, data, name, mime) => {
    const result = await upload(world.users.memberA, "A.I.1.1.a", data, name);
    expect(result.evidence.file?.mimeType).toBe(mime);
  });

  it("cleans the file name and never uses it for storage", async () => {
    const result = await upload(world.users.memberA, "A.I.1.1.a", samplePdf(), "../../C:\\tmp\\ra\u202Epat\u0000.pdf");
    expect(result.evidence.title).toBe("rapat.pdf");
    expect(storage.files().join()).not.toContain("rapat");
  });
});

describe("uploads refused by content (magic bytes), whatever the name says", () => {
  it.each([
    ["an HTML page named .pdf", htmlPage(), "SK Tim.pdf"],
    ["a Linux executable named .pdf", elfExecutable(), "laporan.pdf"],
    ["a Windows executable named .pdf", windowsExecutable(), "notulen.pdf"],
    ["a plain zip named .docx", plainZip(), "dokumen.docx"],
    ["text named .png", Buffer.from("bukan gambar"), "foto.png"],
  ])("%s", async (_label, data, name) => {
    const before = await evidenceState();
    const error = await rejectionOf(upload(world.users.memberA, "A.I.1.1.a", data, name));
    expect(error).toBeInstanceOf(UnsupportedFileError);
    expect(error?.message).toBe(`Berkas '${name}' ditolak: isinya bukan PDF, gambar, atau dokumen Office yang diizinkan (PDF, JPEG, PNG, WebP, DOCX, XLSX, PPTX).`);
    expect(await evidenceState()).toEqual(before);
    expect(storage.files()).toEqual([]);
  });

  it("an empty file", async () => {
    await expect(upload(world.users.memberA, "A.I.1.1.a", Buffer.alloc(0), "kosong.pdf")).rejects.toBeInstanceOf(EmptyFileError);
  });
});

describe("size limits", () => {
  it("refuses a file one byte over EVIDENCE_MAX_FILE_MB while streaming and keeps nothing", async () => {
    process.env.EVIDENCE_MAX_FILE_MB = "1";
    const before = await evidenceState();
    const error = await rejectionOf(upload(world.users.memberA, "A.I.1.1.a", generatedPdf(1024 * 1024 + 1), "besar.pdf"));
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect(error?.message).toBe("Berkas melebihi batas 1 MB: 'besar.pdf' tidak dapat diunggah.");
    expect(await evidenceState()).toEqual(before);
    expect(storage.files()).toEqual([]);
  });

  it("accepts a file of exactly the limit", async () => {
    process.env.EVIDENCE_MAX_FILE_MB = "1";
    const result = await upload(world.users.memberA, "A.I.1.1.a", generatedPdf(1024 * 1024), "pas.pdf");
    expect(result.evidence.file?.size).toBe(1024 * 1024);
  });

  it("refuses a declared size over the limit before reading the body", async () => {
    const { body, state } = watchedBody();
    const error = await rejectionOf(upload(world.users.memberA, "A.I.1.1.a", body, "besar.pdf", { declaredSize: 20 * 1024 * 1024 + 1 }));
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect(error?.message).toContain("Berkas melebihi batas 20 MB");
    expect(state.read).toBe(false);
  });

  it("streams a 25 MB file through when the limit allows it", async () => {
    process.env.EVIDENCE_MAX_FILE_MB = "30";
    const result = await upload(world.users.memberA, "A.I.1.1.a", generatedPdf(25 * 1024 * 1024, 7), "pindaian.pdf");
    expect(result.evidence.file?.size).toBe(25 * 1024 * 1024);
    const blob = await prisma.evidenceBlob.findFirstOrThrow({ where: { assessmentId: "asm-a" } });
    const hash = createHash("sha256");
    for await (const chunk of generatedPdf(25 * 1024 * 1024, 7)) hash.update(chunk);
    expect(blob.sha256).toBe(hash.digest("hex"));
  });

  it("enforces EVIDENCE_MAX_ASSESSMENT_MB over the distinct files of one assessment", async () => {
    process.env.EVIDENCE_MAX_ASSESSMENT_MB = "1";
    const first = Buffer.concat([samplePdf("satu"), Buffer.alloc(600 * 1024, 1)]);
    await upload(world.users.memberA, "A.I.1.1.a", first, "satu.pdf");
    const error = await rejectionOf(upload(world.users.memberA, "A.I.1.1.b", Buffer.concat([samplePdf("dua"), Buffer.alloc(600 * 1024, 2)]), "dua.pdf"));
    expect(error).toBeInstanceOf(QuotaExceededError);
    expect(error?.message).toContain("batas 1 MB per LKE");
    // The same file again takes no room: dedupe still works near the limit.
    await expect(upload(world.users.memberA, "A.I.1.2.a", first, "satu lagi.pdf")).resolves.toMatchObject({ deduplicated: true });
    // Another assessment has its own room.
    await expect(uploader(world, "asm-b")(world.users.memberB, "A.I.1.1.a", Buffer.concat([samplePdf("b"), Buffer.alloc(600 * 1024, 3)]), "b.pdf")).resolves.toBeDefined();
  });
});

describe("dedupe: the same bytes are stored once per assessment", () => {
  it("two items citing one file get two entries sharing one blob and one stored object", async () => {
    const pdf = samplePdf("Notulen rapat");
    const first = await upload(world.users.memberA, "A.I.1.1.a", pdf, "notulen.pdf");
    const second = await upload(world.users.memberA2, "A.I.1.1.b", pdf, "notulen rapat.pdf");

    expect(second.deduplicated).toBe(true);
    expect(second.evidence.id).not.toBe(first.evidence.id);
    expect(await prisma.evidenceBlob.count()).toBe(1);
    expect(storage.files()).toHaveLength(1);
    expect((await download(world.users.memberA, second.evidence.id)).equals(pdf)).toBe(true);
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: "asm-a" } })).evidencedCount).toBe(2);
    const audit = await prisma.auditEvent.findMany({ where: { action: "evidence.upload" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => (a.after as { deduplicated: boolean }).deduplicated)).toEqual([false, true]);
  });

  it("the same file again on the same item is refused as a duplicate", async () => {
    const pdf = samplePdf("SK");
    await upload(world.users.memberA, "A.I.1.1.a", pdf, "sk.pdf");
    const before = await evidenceState();
    const error = await rejectionOf(upload(world.users.memberA, "A.I.1.1.a", pdf, "sk (1).pdf"));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error?.message).toBe("Berkas yang sama sudah menjadi bukti dukung butir ini ('sk.pdf').");
    expect(await evidenceState()).toEqual(before);
    expect(storage.files()).toHaveLength(1);
  });

  it("another assessment stores its own copy", async () => {
    const pdf = samplePdf("SK");
    await upload(world.users.memberA, "A.I.1.1.a", pdf, "sk.pdf");
    await uploader(world, "asm-b")(world.users.memberB, "A.I.1.1.a", pdf, "sk.pdf");
    expect(await prisma.evidenceBlob.count()).toBe(2);
    expect(storage.files()).toHaveLength(2);
  });
});

describe("replacing a file (Ganti berkas)", () => {
  it("adds a version and keeps the old one readable in the entry's history", async () => {
    const v1 = samplePdf("Versi satu");
    const v2 = samplePdf("Versi dua");
    const first = await upload(world.users.memberA, "A.I.1.1.a", v1, "laporan.pdf");
    const replaced = await upload(world.users.memberA2, "A.I.1.1.a", v2, "laporan revisi.pdf", { evidenceId: first.evidence.id });

    expect(replaced.evidence.id).toBe(first.evidence.id);
    expect(replaced.evidence.title).toBe("laporan revisi.pdf");
    expect(replaced.evidence.file).toMatchObject({ version: 2, fileName: "laporan revisi.pdf", createdByName: "User member-a2" });
    expect(replaced.evidence.versions.map((v) => [v.version, v.fileName])).toEqual([[2, "laporan revisi.pdf"], [1, "laporan.pdf"]]);
    expect((await download(world.users.memberA, first.evidence.id)).equals(v2)).toBe(true);
    expect((await download(world.users.memberA, first.evidence.id, 1)).equals(v1)).toBe(true);
    expect(storage.files()).toHaveLength(2);
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: "asm-a" } })).evidencedCount).toBe(1);

    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "evidence.replace" } });
    expect(audit).toMatchObject({ actorId: "member-a2", entityId: first.evidence.id });
    expect(audit.before).toMatchObject({ version: 1, fileName: "laporan.pdf" });
    expect(audit.after).toMatchObject({ version: 2, fileName: "laporan revisi.pdf", sha256: sha256(v2) });
  });

  it("keeps a title the unit chose", async () => {
    const first = await upload(world.users.memberA, "A.I.1.1.a", samplePdf("1"), "scan001.pdf");
    await prisma.evidence.update({ where: { id: first.evidence.id }, data: { title: "SK Tim Kerja ZI" } });
    const replaced = await upload(world.users.memberA, "A.I.1.1.a", samplePdf("2"), "scan002.pdf", { evidenceId: first.evidence.id });
    expect(replaced.evidence.title).toBe("SK Tim Kerja ZI");
  });

  it("refuses to replace an entry of another item, a link or a deleted entry", async () => {
    const file = await upload(world.users.memberA, "A.I.1.1.a", samplePdf("1"), "a.pdf");
    await expect(upload(world.users.memberA, "A.I.1.1.b", samplePdf("2"), "b.pdf", { evidenceId: file.evidence.id })).rejects.toBeInstanceOf(NotFoundError);
    await prisma.evidence.update({ where: { id: file.evidence.id }, data: { deletedAt: new Date(), deletedById: "member-a" } });
    await expect(upload(world.users.memberA, "A.I.1.1.a", samplePdf("3"), "c.pdf", { evidenceId: file.evidence.id })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("who may upload, checked before the body is read", () => {
  it.each([
    ["a member of another unit (404)", "memberB", NotFoundError],
    ["a leader of another region (404)", "leaderOther", NotFoundError],
    ["an unassigned evaluator (404)", "evaluator", NotFoundError],
    ["the leader over the unit (reads, may not write: 404)", "leaderRegion", NotFoundError],
    ["an admin (reads, may not write: 404)", "admin", NotFoundError],
  ] as const)("%s", async (_label, who, errorType) => {
    const { body, state } = watchedBody(samplePdf());
    const before = await evidenceState();
    await expect(upload(world.users[who], "A.I.1.1.a", body)).rejects.toBeInstanceOf(errorType);
    expect(state.read).toBe(false);
    expect(await evidenceState()).toEqual(before);
  });

  it("the unit head may upload", async () => {
    await expect(upload(world.users.headA, "A.I.1.1.a", samplePdf())).resolves.toBeDefined();
  });

  it("nobody may upload once the LKE is submitted", async () => {
    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "SUBMITTED" } });
    const { body, state } = watchedBody(samplePdf());
    const error = await rejectionOf(upload(world.users.memberA, "A.I.1.1.a", body));
    expect(error).toBeInstanceOf(InvalidStateError);
    expect(error?.message).toBe("LKE sudah dikirim; jawaban dan bukti dukung tidak dapat diubah kecuali pada butir yang dikembalikan untuk perbaikan.");
    expect(state.read).toBe(false);
  });

  it("an item outside the assessment's catalogue", async () => {
    const { body, state } = watchedBody(samplePdf());
    await expect(upload(world.users.memberA, "A.I.1.1.a", body, "x.pdf", { itemId: "not-an-item" })).rejects.toBeInstanceOf(ValidationError);
    expect(state.read).toBe(false);
  });
});
