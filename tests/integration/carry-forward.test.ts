import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getCatalogue } from "@/lib/catalogue/queries";
import { carryForward, NOT_EMPTY_MESSAGE } from "@/lib/carry-forward/carry-forward";
import { confirmCarried } from "@/lib/carry-forward/confirm-carried";
import { getCarryForwardOverview } from "@/lib/carry-forward/queries";
import { deleteEvidence } from "@/lib/evidence/mutations";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf, snapshotWritableState } from "@/tests/support/db-state";
import { findQuestion, importCatalogueFile, readShippedCatalogueFile } from "@/tests/support/catalogue-file";
import { samplePdf } from "@/tests/support/evidence-files";
import { download, uploader } from "@/tests/support/evidence-helpers";
import { useTemporaryStorage } from "@/tests/support/evidence-storage";
import { answer, createReviewWorld, type TReviewWorld } from "@/tests/support/review-world";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import type { TSessionUser } from "@/lib/auth/load-user";

const overviewOf = async (user: TSessionUser, assessmentId: string) => getCarryForwardOverview(await authorizeAssessment(user, assessmentId, "assessment.read"));

// "Mulai dari LKE tahun lalu": unit-a's 2025 LKE (asm-a-2025) carried into its empty 2026 LKE
// (asm-a), on the same catalogue or on a new version where some items changed.

const storage = useTemporaryStorage();
afterAll(() => storage.remove());
let world: TReviewWorld;

async function previousYear(catalogueVersionId = world.catalogueVersionId) {
  await prisma.period.create({ data: { id: "p2025", agencyId: "ag", year: 2025, name: "ZI 2025", catalogueVersionId } });
  await prisma.assessment.create({ data: { id: "asm-a-2025", periodId: "p2025", unitId: "unit-a", itemCount: 113 } });
  const m = world.users.memberA;
  await answer(world, m, "A.I.1.1.a", { optionKey: "YA" }, "SELF", "SK Tim Kerja 2025", "asm-a-2025");
  await answer(world, m, "A.I.1.1.b", { optionKey: "B" }, "SELF", "Sebagian unsur", "asm-a-2025");
  await answer(world, m, "A.I.1.3.b", { optionKey: "C" }, "SELF", "Belum dipantau", "asm-a-2025");
  await answer(world, m, "B.I.a", { surveyIndex: 3.7 }, "SELF", "Survei IPAK 2025", "asm-a-2025");
  const upload = uploader(world, "asm-a-2025");
  const sk = await upload(m, "A.I.1.1.a", samplePdf("SK Tim Kerja"), "sk-tim-kerja.pdf");
  await prisma.evidence.create({ data: { assessmentId: "asm-a-2025", itemId: world.itemId("A.I.1.1.b"), kind: "LINK", title: "Notula", url: "https://example.go.id/notula", createdById: m.id } });
  return { sk: sk.evidence };
}

beforeEach(async () => {
  await resetDatabase();
  storage.clear();
  world = await createReviewWorld();
});

describe("carrying last year's LKE into an empty one", () => {
  it("copies answers, narratives and evidence (same stored file), marks every answer and updates scores", async () => {
    const { sk } = await previousYear();
    const overviewBefore = await overviewOf(world.users.memberA, "asm-a");
    expect(overviewBefore.offer).toMatchObject({ year: 2025, periodName: "ZI 2025", answered: 4 });

    const result = await carryForward(world.users.memberA, { assessmentId: "asm-a" });
    expect(result).toEqual({ fromYear: 2025, answers: 4, recheck: 0, evidence: 2 });

    const answers = await prisma.answer.findMany({ where: { assessmentId: "asm-a", side: "SELF" }, include: { item: { select: { code: true } } } });
    expect(answers.map((a) => [a.item.code, a.optionKey ?? Number(a.surveyIndex), a.narrative, a.carried]).sort()).toEqual([
      ["A.I.1.1.a", "YA", "SK Tim Kerja 2025", true],
      ["A.I.1.1.b", "B", "Sebagian unsur", true],
      ["A.I.1.3.b", "C", "Belum dipantau", true],
      ["B.I.a", 3.7, "Survei IPAK 2025", true],
    ]);
    const [score2025, score2026, assessment] = await Promise.all([
      prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId: "asm-a-2025", side: "SELF" } } }),
      prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId: "asm-a", side: "SELF" } } }),
      prisma.assessment.findUniqueOrThrow({ where: { id: "asm-a" } }),
    ]);
    expect(score2026.total).toBe(score2025.total);
    expect(assessment).toMatchObject({ answeredCount: 4, evidencedCount: 2, carriedFromId: "asm-a-2025" });

    // The carried file is the same stored blob, opened through this year's entry.
    const carriedFile = await prisma.evidence.findFirstOrThrow({ where: { assessmentId: "asm-a", kind: "FILE" }, include: { versions: true } });
    const originalBlob = (await prisma.evidenceVersion.findFirstOrThrow({ where: { evidenceId: sk.id } })).blobId;
    expect(carriedFile).toMatchObject({ title: "sk-tim-kerja.pdf", carriedFromId: sk.id });
    expect(carriedFile.versions.map((v) => v.blobId)).toEqual([originalBlob]);
    expect(await prisma.evidenceBlob.count()).toBe(1);
    expect((await download(world.users.memberA, carriedFile.id)).equals(samplePdf("SK Tim Kerja"))).toBe(true);

    // Deleting either year's entry leaves the other year's file readable.
    await deleteEvidence(world.users.memberA, { evidenceId: carriedFile.id });
    expect((await download(world.users.memberA, sk.id)).equals(samplePdf("SK Tim Kerja"))).toBe(true);

    expect(await prisma.auditEvent.count({ where: { assessmentId: "asm-a", action: "answer.carry" } })).toBe(4);
    expect(await prisma.auditEvent.count({ where: { assessmentId: "asm-a", action: "evidence.carry" } })).toBe(2);
    expect(await prisma.auditEvent.count({ where: { assessmentId: "asm-a", action: "assessment.carry-forward" } })).toBe(1);

    const overview = await overviewOf(world.users.memberA, "asm-a");
    expect(overview).toMatchObject({ offer: null, carriedFromYear: 2025, carried: 4, recheck: 0 });
    expect(overview.sections.map((s) => [s.code, s.carried])).toEqual([["A.I.1", 3], ["B.I", 1]]);
  }, 40_000);

  it("flags items whose text or options changed in the new catalogue version and drops answers it no longer accepts", async () => {
    const file = readShippedCatalogueFile();
    findQuestion(file, "A.I.1.1.a").text = "Unit telah membentuk tim untuk melakukan pembangunan Zona Integritas tahun berjalan";
    const b = findQuestion(file, "A.I.1.1.b");
    b.options = b.options!.filter((o) => o.key !== "B").map((o) => (o.key === "C" ? { ...o, value: 0.5 } : o));
    b.answerType = "ABC";
    b.options = [{ key: "A", label: "Semua unsur", value: 1 }, { key: "C", label: "Sebagian unsur", value: 0.5 }, { key: "D", label: "Belum ada", value: 0 }];
    const newVersion = await importCatalogueFile(file);
    await previousYear();
    await prisma.period.update({ where: { id: "p2026" }, data: { catalogueVersionId: newVersion.versionId } });
    const next = await getCatalogue(newVersion.versionId);
    await prisma.assessment.update({ where: { id: "asm-a" }, data: { itemCount: next.itemIdByCode.size } });

    const result = await carryForward(world.users.memberA, { assessmentId: "asm-a" });
    expect(result).toMatchObject({ answers: 4, recheck: 2 });
    const byCode = async (code: string) => prisma.answer.findUniqueOrThrow({
      where: { assessmentId_side_itemId: { assessmentId: "asm-a", side: "SELF", itemId: next.itemIdByCode.get(code)! } },
    });
    expect(await byCode("A.I.1.1.a")).toMatchObject({ optionKey: "YA", carried: true, recheck: ["text"] });
    expect(await byCode("A.I.1.1.b")).toMatchObject({ optionKey: null, value: null, narrative: "Sebagian unsur", carried: true, recheck: ["options", "answer"] });
    expect(await byCode("A.I.1.3.b")).toMatchObject({ optionKey: "C", recheck: [] });
    // The evidence follows the item into the new version's item ids.
    const entries = await prisma.evidence.findMany({ where: { assessmentId: "asm-a" }, select: { itemId: true } });
    expect(entries.map((e) => e.itemId).sort()).toEqual([next.itemIdByCode.get("A.I.1.1.a"), next.itemIdByCode.get("A.I.1.1.b")].sort());
    expect((await overviewOf(world.users.memberA, "asm-a")).recheck).toBe(2);
  }, 40_000);

  it("refuses a non-empty LKE with a clear message and writes nothing", async () => {
    await previousYear();
    await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "TIDAK" });
    const before = await snapshotWritableState();
    const evidenceBefore = await prisma.evidence.count();
    const error = await rejectionOf(carryForward(world.users.memberA, { assessmentId: "asm-a" }));
    expect(error).toBeInstanceOf(InvalidStateError);
    expect(error?.message).toBe(NOT_EMPTY_MESSAGE);
    expect(await snapshotWritableState()).toEqual(before);
    expect(await prisma.evidence.count()).toBe(evidenceBefore);
    expect((await overviewOf(world.users.memberA, "asm-a")).offer).toBeNull();
  });

  it("is refused to other units (404), evaluators and a submitted LKE, and offered only when there is a previous year", async () => {
    expect((await overviewOf(world.users.memberA, "asm-a")).offer).toBeNull();
    expect(await rejectionOf(carryForward(world.users.memberA, { assessmentId: "asm-a" }))).toBeInstanceOf(InvalidStateError);
    await previousYear();
    expect(await rejectionOf(carryForward(world.users.memberB, { assessmentId: "asm-a" }))).toBeInstanceOf(NotFoundError);
    expect((await rejectionOf(carryForward(world.users.evaluator, { assessmentId: "asm-a" })))?.name).toBe("NotFoundError");
    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "SUBMITTED" } });
    expect(await rejectionOf(carryForward(world.users.memberA, { assessmentId: "asm-a" }))).toBeInstanceOf(InvalidStateError);
    expect(await prisma.answer.count({ where: { assessmentId: "asm-a" } })).toBe(0);
  });
});

describe("confirming carried answers", () => {
  it("clears the marks per item and per area, audited; saving an answer clears it too", async () => {
    await previousYear();
    await carryForward(world.users.memberA, { assessmentId: "asm-a" });
    expect(await confirmCarried(world.users.memberA, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a") })).toEqual({ confirmed: 1 });
    await answer(world, world.users.memberA, "A.I.1.1.b", { optionKey: "A" }, "SELF", "Semua unsur");
    expect((await overviewOf(world.users.memberA, "asm-a")).carried).toBe(2);
    expect(await confirmCarried(world.users.memberA, { assessmentId: "asm-a", sectionCode: "A.I.1" })).toEqual({ confirmed: 1 });
    const overview = await overviewOf(world.users.memberA, "asm-a");
    expect(overview.sections.map((s) => [s.code, s.carried])).toEqual([["B.I", 1]]);
    expect(await prisma.auditEvent.count({ where: { action: "answer.carry.confirm" } })).toBe(2);
    expect(await rejectionOf(confirmCarried(world.users.memberB, { assessmentId: "asm-a", sectionCode: "B.I" }))).toBeInstanceOf(NotFoundError);
  });
});
