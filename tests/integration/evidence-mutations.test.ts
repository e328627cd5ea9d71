import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { addEvidenceLink, deleteEvidence, renameEvidence, setChecklistTick } from "@/lib/evidence/mutations";
import { getEvidenceCompleteness, listItemEvidence } from "@/lib/evidence/queries";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { getCatalogue } from "@/lib/catalogue/queries";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { importCatalogueFile, findQuestion, readShippedCatalogueFile } from "@/tests/support/catalogue-file";
import { evidenceState, uploader } from "@/tests/support/evidence-helpers";
import { useTemporaryStorage } from "@/tests/support/evidence-storage";
import { samplePdf, samplePng } from "@/tests/support/evidence-files";

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

const counter = async (id = "asm-a") => (await prisma.assessment.findUniqueOrThrow({ where: { id } })).evidencedCount;
const link = (code: string, url = "https://kejari-bantaeng.example.go.id/zi/sk-tim", title = "SK Tim di situs unit") =>
  addEvidenceLink(world.users.memberA, { assessmentId: "asm-a", itemId: world.itemId(code), title, url });

describe("links as evidence", () => {
  it("stores a titled http(s) link, counts the item and audits it", async () => {
    const saved = await link("A.I.1.1.a");
    expect(saved).toMatchObject({ kind: "LINK", title: "SK Tim di situs unit", url: "https://kejari-bantaeng.example.go.id/zi/sk-tim", file: null });
    expect(await counter()).toBe(1);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "evidence.link" } });
    expect(audit).toMatchObject({ actorId: "member-a", entityId: saved.id, itemId: world.itemId("A.I.1.1.a") });
  });

  it.each(["javascript:alert(1)", "ftp://server/berkas.pdf", "data:text/html,<script>x</script>", "kejari.go.id/zi", "https://"])("refuses %j", async (url) => {
    const error = await rejectionOf(link("A.I.1.1.a", url));
    expect(error).toBeInstanceOf(ValidationError);
    expect(await evidenceState()).toMatchObject({ evidence: 0, audit: 0 });
  });

  it("refuses an empty title", async () => {
    await expect(link("A.I.1.1.a", "https://example.go.id", "   ")).rejects.toThrow("Nama bukti dukung wajib diisi.");
  });
});

describe("renaming", () => {
  it("changes the title, keeps the file names in the history and audits before/after", async () => {
    const { evidence } = await upload(world.users.memberA, "A.I.1.1.a", samplePdf(), "scan0001.pdf");
    const renamed = await renameEvidence(world.users.memberA2, { evidenceId: evidence.id, title: "  SK Tim Kerja ZI  " });
    expect(renamed.title).toBe("SK Tim Kerja ZI");
    expect(renamed.file?.fileName).toBe("scan0001.pdf");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "evidence.rename" } });
    expect(audit).toMatchObject({ actorId: "member-a2", before: { title: "scan0001.pdf" }, after: { title: "SK Tim Kerja ZI" } });
  });

  it("is refused to another unit (404) and after submission", async () => {
    const { evidence } = await upload(world.users.memberA, "A.I.1.1.a", samplePdf());
    await expect(renameEvidence(world.users.memberB, { evidenceId: evidence.id, title: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "SUBMITTED" } });
    await expect(renameEvidence(world.users.memberA, { evidenceId: evidence.id, title: "x" })).rejects.toBeInstanceOf(InvalidStateError);
  });
});

describe("deleting (soft, audited, before submission only)", () => {
  it("marks the entry deleted, keeps its versions and file, updates the counter and audits it", async () => {
    const { evidence } = await upload(world.users.memberA, "A.I.1.1.a", samplePdf(), "sk.pdf");
    expect(await counter()).toBe(1);
    await deleteEvidence(world.users.headA, { evidenceId: evidence.id });

    const row = await prisma.evidence.findUniqueOrThrow({ where: { id: evidence.id }, include: { versions: true } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.deletedById).toBe("head-a");
    expect(row.versions).toHaveLength(1);
    expect(await prisma.evidenceBlob.count()).toBe(1);
    expect(storage.files()).toHaveLength(1);
    expect(await counter()).toBe(0);
    const listed = await listItemEvidence(await authorizeAssessment(world.users.memberA, "asm-a", "evidence.read"), [world.itemId("A.I.1.1.a")]);
    expect(listed.get(world.itemId("A.I.1.1.a"))?.entries).toEqual([]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "evidence.delete" } });
    expect(audit).toMatchObject({ actorId: "head-a", entityId: evidence.id, before: { kind: "FILE", title: "sk.pdf", version: 1 } });
  });

  it.each(["SUBMITTED", "IN_REVIEW", "FINAL"] as const)("is refused once the LKE is %s, changing nothing", async (status) => {
    const { evidence } = await upload(world.users.memberA, "A.I.1.1.a", samplePdf());
    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status } });
    const before = await evidenceState();
    const error = await rejectionOf(deleteEvidence(world.users.memberA, { evidenceId: evidence.id }));
    expect(error).toBeInstanceOf(InvalidStateError);
    expect(error?.message).toBe("LKE sudah dikirim; jawaban dan bukti dukung tidak dapat diubah kecuali pada butir yang dikembalikan untuk perbaikan.");
    expect(await evidenceState()).toEqual(before);
    expect((await prisma.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).deletedAt).toBeNull();
  });

  it("in revision, only on the items the TPI sent back", async () => {
    const sentBack = await upload(world.users.memberA, "A.I.1.1.a", samplePdf("a"), "a.pdf");
    const accepted = await upload(world.users.memberA, "A.I.1.1.b", samplePdf("b"), "b.pdf");
    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "REVISION_REQUESTED" } });
    await prisma.itemReview.createMany({
      data: [
        { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), verdict: "REVISION_REQUESTED" },
        { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.b"), verdict: "ACCEPTED" },
      ],
    });
    await expect(deleteEvidence(world.users.memberA, { evidenceId: accepted.evidence.id })).rejects.toThrow("Butir ini tidak dikembalikan untuk perbaikan");
    await expect(upload(world.users.memberA, "A.I.1.1.b", samplePng(), "baru.png")).rejects.toBeInstanceOf(InvalidStateError);
    await deleteEvidence(world.users.memberA, { evidenceId: sentBack.evidence.id });
    await expect(upload(world.users.memberA, "A.I.1.1.a", samplePng(), "perbaikan.png")).resolves.toBeDefined();
  });

  it("is refused to a member of another unit, a leader who only reads, and twice: 404 each", async () => {
    const { evidence } = await upload(world.users.memberA, "A.I.1.1.a", samplePdf());
    await expect(deleteEvidence(world.users.memberB, { evidenceId: evidence.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteEvidence(world.users.leaderRegion, { evidenceId: evidence.id })).rejects.toThrow("Bukti dukung tidak ditemukan.");
    await deleteEvidence(world.users.memberA, { evidenceId: evidence.id });
    await expect(deleteEvidence(world.users.memberA, { evidenceId: evidence.id })).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma.auditEvent.count({ where: { action: "evidence.delete" } })).toBe(1);
  });
});

describe("Assessment.evidencedCount: items with at least one live piece of evidence", () => {
  it("follows uploads, links and deletes exactly", async () => {
    const a = await upload(world.users.memberA, "A.I.1.1.a", samplePdf("a"), "a.pdf");
    const aLink = await link("A.I.1.1.a");
    expect(await counter()).toBe(1);
    const b = await upload(world.users.memberA, "A.I.1.1.b", samplePng(), "b.png");
    expect(await counter()).toBe(2);
    await deleteEvidence(world.users.memberA, { evidenceId: b.evidence.id });
    expect(await counter()).toBe(1);
    await deleteEvidence(world.users.memberA, { evidenceId: a.evidence.id });
    expect(await counter()).toBe(1); // the link still stands
    await deleteEvidence(world.users.memberA, { evidenceId: aLink.id });
    expect(await counter()).toBe(0);
    expect(await counter("asm-b")).toBe(0);
  });

  it("completeness counts answered items with evidence among the answered ones", async () => {
    await saveAnswer(world.users.memberA, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), expectedVersion: 0, answer: { optionKey: "YA" }, narrative: "" });
    await saveAnswer(world.users.memberA, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.b"), expectedVersion: 0, answer: { optionKey: "A" }, narrative: "" });
    await upload(world.users.memberA, "A.I.1.1.a", samplePdf(), "a.pdf");
    await upload(world.users.memberA, "A.I.1.2.a", samplePng(), "unanswered.png");
    expect(await getEvidenceCompleteness(await authorizeAssessment(world.users.memberA, "asm-a", "evidence.read"))).toEqual({ answered: 2, answeredWithEvidence: 1 });
    expect(await counter()).toBe(2);
    await expect(authorizeAssessment(world.users.memberB, "asm-a", "evidence.read")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the expected documents checklist", () => {
  it("ticks and unticks an expected document of the item, audited", async () => {
    // The shipped catalogue lists no expected documents yet: a version that does.
    const file = readShippedCatalogueFile();
    findQuestion(file, "A.I.1.1.a").expectedEvidence = ["SK Tim Kerja ZI", "Notulen rapat pembentukan tim"];
    const version = await importCatalogueFile(file);
    await prisma.period.create({ data: { id: "p2027", agencyId: "ag", year: 2027, name: "ZI 2027", catalogueVersionId: version.versionId } });
    await prisma.assessment.create({ data: { id: "asm-2027", periodId: "p2027", unitId: "unit-a", itemCount: 113 } });
    const itemId = (await getCatalogue(version.versionId)).itemIdByCode.get("A.I.1.1.a")!;

    await setChecklistTick(world.users.memberA, { assessmentId: "asm-2027", itemId, entry: 1, checked: true });
    let listed = await listItemEvidence(await authorizeAssessment(world.users.memberA, "asm-2027", "evidence.read"), [itemId]);
    expect(listed.get(itemId)?.ticks).toEqual([1]);
    await setChecklistTick(world.users.memberA, { assessmentId: "asm-2027", itemId, entry: 1, checked: false });
    listed = await listItemEvidence(await authorizeAssessment(world.users.memberA, "asm-2027", "evidence.read"), [itemId]);
    expect(listed.get(itemId)?.ticks).toEqual([]);

    const audit = await prisma.auditEvent.findMany({ where: { action: "evidence.checklist" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.after)).toEqual([
      { label: "Notulen rapat pembentukan tim", checked: true },
      { label: "Notulen rapat pembentukan tim", checked: false },
    ]);
    await expect(setChecklistTick(world.users.memberA, { assessmentId: "asm-2027", itemId, entry: 2, checked: true })).rejects.toBeInstanceOf(ValidationError);
    await expect(setChecklistTick(world.users.memberB, { assessmentId: "asm-2027", itemId, entry: 0, checked: true })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses an item without expected documents", async () => {
    // A.I.1.3.a has no expected documents in the shipped catalogue.
    await expect(setChecklistTick(world.users.memberA, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.3.a"), entry: 0, checked: true }))
      .rejects.toThrow("Dokumen yang diharapkan ini tidak ada pada butir tersebut.");
  });
});
