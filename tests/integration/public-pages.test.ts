import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { findPublicPage, findPublishedEvidenceFile, findPublishedPhoto } from "@/lib/access/public-access";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { setEvidencePublished } from "@/lib/public-pages/evidence-publishing";
import { getPublicPageContentUncached } from "@/lib/public-pages/public-content";
import { createServiceEntry, deleteServiceEntry, setServiceEntryPublished } from "@/lib/public-pages/service-entry-mutations";
import { saveStatement, setStatementPublished } from "@/lib/public-pages/statement-mutations";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { uploader } from "@/tests/support/evidence-helpers";
import { useTemporaryStorage } from "@/tests/support/evidence-storage";
import { htmlPage, samplePdf, samplePng } from "@/tests/support/evidence-files";

// Issue 13, point 1: publishing is a deliberate, audited act of the unit's people (and admins);
// the public reads see published content only.

const storage = useTemporaryStorage();
let world: TWorld;
let upload: ReturnType<typeof uploader>;

beforeEach(async () => {
  await resetDatabase();
  storage.clear();
  world = await createWorld();
  upload = uploader(world);
});
afterAll(() => storage.remove());

const nodeId = async (code: string) =>
  (await prisma.catalogueNode.findFirstOrThrow({ where: { versionId: world.catalogueVersionId, code }, select: { id: true } })).id;
const publicState = async () => ({
  statements: await prisma.publicStatement.count(),
  entries: await prisma.publicServiceEntry.count(),
  published: await prisma.evidence.count({ where: { published: true } }),
  audit: await prisma.auditEvent.count({ where: { OR: [{ action: { startsWith: "public." } }, { action: { in: ["evidence.publish", "evidence.unpublish"] } }] } }),
  files: storage.files().length,
});

describe("publishing bukti dukung", () => {
  it("publishes and withdraws with who/when, audited, gives the unit its slug and bumps its public version", async () => {
    const { evidence } = await upload(world.users.memberA, "A.I.1.1.a", samplePdf(), "sk.pdf");
    const result = await setEvidencePublished(world.users.memberA, { evidenceId: evidence.id, published: true });
    expect(result).toEqual({ published: true, unitId: "unit-a", slug: "unit-unit-a" });
    const row = await prisma.evidence.findUniqueOrThrow({ where: { id: evidence.id } });
    expect(row).toMatchObject({ published: true, publishedById: "member-a" });
    expect(row.publishedAt).toBeInstanceOf(Date);
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "evidence.publish" } })).toMatchObject({
      actorId: "member-a", entityId: evidence.id, assessmentId: "asm-a", before: { published: false }, after: { published: true },
    });
    expect((await findPublishedEvidenceFile(evidence.id)).storageKey).toBeTruthy();

    await setEvidencePublished(world.users.headA, { evidenceId: evidence.id, published: false });
    expect(await prisma.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).toMatchObject({ published: false, publishedAt: null, publishedById: null });
    expect(await prisma.auditEvent.count({ where: { action: "evidence.unpublish", actorId: "head-a" } })).toBe(1);
    await expect(findPublishedEvidenceFile(evidence.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: "unit-a" } })).publicVersion).toBe(2);
  });

  it("is allowed to the installation's admin, even after the LKE was submitted", async () => {
    const { evidence } = await upload(world.users.memberA, "A.I.1.1.a", samplePdf());
    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "FINAL" } });
    await expect(setEvidencePublished(world.users.admin, { evidenceId: evidence.id, published: true })).resolves.toMatchObject({ published: true });
  });

  it("refuses evidence of another unit (404) to members, leaders and evaluators, storing nothing", async () => {
    const { evidence } = await upload(world.users.memberA, "A.I.1.1.a", samplePdf());
    const before = await publicState();
    for (const user of [world.users.memberB, world.users.leaderRegion, world.users.evaluator]) {
      const error = await rejectionOf(setEvidencePublished(user, { evidenceId: evidence.id, published: true }));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error?.message).toBe("Bukti dukung tidak ditemukan.");
    }
    expect(await publicState()).toEqual(before);
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: "unit-a" } })).publicSlug).toBeNull();
  });

  it("refuses deleted evidence and a malformed request with a clear message", async () => {
    const { evidence } = await upload(world.users.memberA, "A.I.1.1.a", samplePdf());
    await prisma.evidence.update({ where: { id: evidence.id }, data: { deletedAt: new Date() } });
    await expect(setEvidencePublished(world.users.memberA, { evidenceId: evidence.id, published: true })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setEvidencePublished(world.users.memberA, { evidenceId: evidence.id, published: "ya" })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("statements per indicator", () => {
  it("saves a draft, publishes it deliberately, and refuses a stale save", async () => {
    const indicator = await nodeId("A.I.1.1");
    const draft = await saveStatement(world.users.memberA, { assessmentId: "asm-a", nodeId: indicator, body: "  Tim kerja ZI dibentuk dengan SK Kajari.  ", expectedVersion: 0 });
    expect(draft).toMatchObject({ body: "Tim kerja ZI dibentuk dengan SK Kajari.", published: false, version: 1, unitId: null });
    const stale = await rejectionOf(saveStatement(world.users.memberA2, { assessmentId: "asm-a", nodeId: indicator, body: "Lain", expectedVersion: 0 }));
    expect(stale).toBeInstanceOf(ConflictError);
    expect((await prisma.publicStatement.findFirstOrThrow()).body).toBe("Tim kerja ZI dibentuk dengan SK Kajari.");

    await setStatementPublished(world.users.headA, { assessmentId: "asm-a", nodeId: indicator, published: true });
    const edited = await saveStatement(world.users.memberA, { assessmentId: "asm-a", nodeId: indicator, body: "Tim kerja dibentuk dan dievaluasi.", expectedVersion: 1 });
    expect(edited).toMatchObject({ published: true, version: 2, unitId: "unit-a" });
    expect(await prisma.auditEvent.count({ where: { action: "public.statement.save" } })).toBe(2);
    expect(await prisma.auditEvent.count({ where: { action: "public.statement.publish", actorId: "head-a" } })).toBe(1);
  });

  it.each([
    ["empty", "   ", "Pernyataan wajib diisi."],
    ["too long", "x".repeat(4001), "Pernyataan paling panjang 4000 karakter."],
    ["with a NUL", "Tim\u0000", "Teks berisi karakter kontrol"],
  ])("refuses a %s statement with a clear message, storing nothing", async (_label, body, message) => {
    const before = await publicState();
    const error = await rejectionOf(saveStatement(world.users.memberA, { assessmentId: "asm-a", nodeId: await nodeId("A.I.1.1"), body, expectedVersion: 0 }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error?.message).toContain(message);
    expect(await publicState()).toEqual(before);
  });

  it("refuses a node that is not an indicator of the LKE, another unit's LKE, and publishing before writing", async () => {
    await expect(saveStatement(world.users.memberA, { assessmentId: "asm-a", nodeId: await nodeId("A.I.1"), body: "Area", expectedVersion: 0 }))
      .rejects.toThrow("Indikator ini tidak termasuk dalam katalog LKE penilaian ini.");
    await expect(saveStatement(world.users.memberB, { assessmentId: "asm-a", nodeId: await nodeId("A.I.1.1"), body: "Bukan unit saya", expectedVersion: 0 }))
      .rejects.toBeInstanceOf(NotFoundError);
    await expect(setStatementPublished(world.users.memberA, { assessmentId: "asm-a", nodeId: await nodeId("A.I.1.2"), published: true }))
      .rejects.toBeInstanceOf(InvalidStateError);
    expect(await publicState()).toMatchObject({ statements: 0, audit: 0 });
  });
});

describe("service information with a photo in the real storage", () => {
  it("stores a draft with its photo, publishes it, serves the photo only while published, and deletes it with the photo", async () => {
    const { id } = await createServiceEntry(world.users.memberA, { fields: fields(), photo: samplePng() });
    expect(storage.files()).toHaveLength(1);
    await expect(findPublishedPhoto(id)).rejects.toBeInstanceOf(NotFoundError);
    await setServiceEntryPublished(world.users.memberA, { entryId: id, published: true });
    expect((await findPublishedPhoto(id)).mimeType).toBe("image/png");
    await deleteServiceEntry(world.users.headA, { entryId: id });
    expect(storage.files()).toHaveLength(0);
    expect(await prisma.auditEvent.findMany({ where: { action: { startsWith: "public.service." } }, orderBy: { id: "asc" }, select: { action: true } }))
      .toEqual([{ action: "public.service.create" }, { action: "public.service.publish" }, { action: "public.service.delete" }]);
  });

  it.each([
    ["an HTML file", htmlPage(), "Foto harus berupa gambar PNG, JPEG atau WebP."],
    ["a PDF", samplePdf(), "Foto harus berupa gambar PNG, JPEG atau WebP."],
    ["a photo over 2 MB", Buffer.concat([samplePng(), Buffer.alloc(2 * 1024 * 1024)]), "Foto paling besar 2 MB."],
  ])("refuses %s as a photo, storing nothing", async (_label, photo, message) => {
    const before = await publicState();
    await expect(createServiceEntry(world.users.memberA, { fields: fields(), photo })).rejects.toThrow(message);
    expect(await publicState()).toEqual(before);
  });

  it("refuses another unit's LKE (404) and an empty title before storing the photo", async () => {
    await expect(createServiceEntry(world.users.memberB, { fields: fields(), photo: samplePng() })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createServiceEntry(world.users.memberA, { fields: fields({ title: " " }), photo: samplePng() })).rejects.toThrow("Judul wajib diisi.");
    expect(await publicState()).toMatchObject({ entries: 0, files: 0 });
  });
});

describe("the public page's content", () => {
  it("holds only published statements, evidence and service entries, evidence by year", async () => {
    const shown = await upload(world.users.memberA, "A.I.1.1.a", samplePdf("shown"), "shown.pdf");
    const hidden = await upload(world.users.memberA, "A.I.1.1.b", samplePdf("hidden"), "hidden.pdf");
    await setEvidencePublished(world.users.memberA, { evidenceId: shown.evidence.id, published: true });
    const indicator = await nodeId("A.I.1.1");
    await saveStatement(world.users.memberA, { assessmentId: "asm-a", nodeId: indicator, body: "Pernyataan terbit", expectedVersion: 0 });
    await setStatementPublished(world.users.memberA, { assessmentId: "asm-a", nodeId: indicator, published: true });
    await saveStatement(world.users.memberA, { assessmentId: "asm-a", nodeId: await nodeId("A.I.1.2"), body: "Draf rahasia", expectedVersion: 0 });
    await createServiceEntry(world.users.memberA, { fields: fields(), photo: null });
    // Another unit's published evidence never shows on this unit's page.
    const other = await uploader(world, "asm-b")(world.users.memberB, "A.I.1.1.a", samplePdf("b"), "b.pdf");
    await setEvidencePublished(world.users.memberB, { evidenceId: other.evidence.id, published: true });

    const page = await findPublicPage("unit-unit-a", 2026);
    const content = await getPublicPageContentUncached(page);
    const text = JSON.stringify(content);
    expect(content.areas).toHaveLength(6);
    const first = content.areas[0]!.pemenuhan[0]!;
    expect(first).toMatchObject({ code: "A.I.1.1", statement: "Pernyataan terbit" });
    expect(first.evidenceByYear).toEqual([{ year: 2026, items: [expect.objectContaining({ id: shown.evidence.id, href: `/api/publik/bukti/${shown.evidence.id}` })] }]);
    for (const secret of [hidden.evidence.id, "Draf rahasia", "Antrean daring", other.evidence.id]) expect(text).not.toContain(secret);
    expect(content.counts).toEqual({ statements: 1, evidence: 1, services: 0, surveys: 0 });
    await expect(findPublishedEvidenceFile(hidden.evidence.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is not found for a unit that published nothing, a year without an LKE, or a malformed slug", async () => {
    await prisma.unit.update({ where: { id: "unit-b" }, data: { publicSlug: "unit-b" } });
    await expect(findPublicPage("unit-a", 2026)).rejects.toBeInstanceOf(NotFoundError);
    await expect(findPublicPage("unit-b", 2025)).rejects.toBeInstanceOf(NotFoundError);
    await expect(findPublicPage("../unit-b", 2026)).rejects.toBeInstanceOf(NotFoundError);
    await expect(findPublicPage("unit-b", 2026)).resolves.toMatchObject({ unitId: "unit-b", assessmentId: "asm-b", years: [2026] });
  });
});

function fields(extra: Record<string, unknown> = {}) {
  return { assessmentId: "asm-a", kind: "INNOVATION", title: "Antrean daring", body: "Ambil nomor antrean dari rumah.", ...extra };
}
