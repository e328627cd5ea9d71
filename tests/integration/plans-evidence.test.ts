import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { attachPlanFile } from "@/lib/plans/attach-plan-file";
import { getMonevSummary, saveMonevNote } from "@/lib/plans/monev";
import { realiseStep } from "@/lib/plans/realise-step";
import { listItemEvidence } from "@/lib/evidence/queries";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { download, sha256 } from "@/tests/support/evidence-helpers";
import { samplePdf } from "@/tests/support/evidence-files";
import { useTemporaryStorage } from "@/tests/support/evidence-storage";
import { addStep, uploadToStep } from "@/tests/support/plan-helpers";

const storage = useTemporaryStorage();
let world: TWorld;
useFixedClock("2026-03-15T03:00:00Z");

beforeEach(async () => {
  await resetDatabase();
  storage.clear();
  world = await createWorld();
});
afterAll(() => storage.remove());

describe("realising a step with evidence", () => {
  it("stores the file in the evidence store, offers it on the indicator's items and attaches it with the step named", async () => {
    const { memberA } = world.users;
    const itemA = world.itemId("A.I.1.1.a");
    const step = await addStep(world, memberA, "A.I.1.1", { expectedDocument: `${itemA}:0` });
    await realiseStep(memberA, { stepId: step.id, month: 1, note: "SK ditandatangani 10 Januari" });
    const pdf = samplePdf("SK Tim Kerja");
    const file = await uploadToStep(memberA, step.id, pdf, "SK Tim Kerja.pdf");

    const blob = await prisma.evidenceBlob.findFirstOrThrow({ where: { assessmentId: "asm-a" } });
    expect(blob.sha256).toBe(sha256(pdf));
    expect(storage.files()).toEqual([blob.storageKey]);
    expect(await prisma.auditEvent.count({ where: { action: "plan.file.upload", entityId: file.id } })).toBe(1);

    const access = await authorizeAssessment(memberA, "asm-a", "assessment.read");
    const offered = await listItemEvidence(access, [itemA, world.itemId("A.I.1.1.b"), world.itemId("A.I.2.1.a")]);
    expect(offered.get(itemA)?.planOffers).toEqual([{ fileId: file.id, fileName: "SK Tim Kerja.pdf", month: 1, stepDescription: "Membentuk Tim Kerja ZI melalui rapat" }]);
    expect(offered.get(world.itemId("A.I.1.1.b"))?.planOffers).toHaveLength(1);
    // Another indicator's item is not offered the file.
    expect(offered.get(world.itemId("A.I.2.1.a"))?.planOffers).toEqual([]);

    const entry = await attachPlanFile(memberA, { fileId: file.id, itemId: itemA });
    expect(entry).toMatchObject({ kind: "FILE", title: "SK Tim Kerja.pdf", planStep: { description: "Membentuk Tim Kerja ZI melalui rapat" }, expectedEntry: 0 });
    expect((await download(memberA, entry.id)).equals(pdf)).toBe(true);
    // The same stored file, not a copy; the expected document ticked, the counter and audit updated.
    expect(await prisma.evidenceBlob.count()).toBe(1);
    expect(await prisma.evidenceChecklistTick.count({ where: { itemId: itemA, entry: 0, checked: true } })).toBe(1);
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: "asm-a" } })).evidencedCount).toBe(1);
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "evidence.from-plan" } })).toMatchObject({ entityId: entry.id, itemId: itemA, actorId: "member-a" });

    const after = await listItemEvidence(access, [itemA]);
    expect(after.get(itemA)?.planOffers).toEqual([]);
    expect(after.get(itemA)?.entries[0]?.planStep).toEqual({ description: "Membentuk Tim Kerja ZI melalui rapat" });
    expect(await rejectionOf(attachPlanFile(memberA, { fileId: file.id, itemId: itemA }))).toBeInstanceOf(ConflictError);
  });

  it("refuses attaching to an item of another indicator, and to another unit", async () => {
    const step = await addStep(world, world.users.memberA);
    const file = await uploadToStep(world.users.memberA, step.id, samplePdf());
    const wrong = await rejectionOf(attachPlanFile(world.users.memberA, { fileId: file.id, itemId: world.itemId("A.I.2.1.a") }));
    expect(wrong).toBeInstanceOf(ValidationError);
    expect((wrong as Error).message).toBe("Berkas langkah aksi hanya dapat dilampirkan pada butir indikator langkah aksi tersebut.");
    expect(await rejectionOf(attachPlanFile(world.users.memberB, { fileId: file.id, itemId: world.itemId("A.I.1.1.a") }))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(uploadToStep(world.users.memberB, step.id, samplePdf("lain")))).toBeInstanceOf(NotFoundError);
    expect(await prisma.evidence.count()).toBe(0);
  });
});

describe("monthly monev", () => {
  it("counts planned, done and late steps per month and area with the unit's note, for the unit's leader too", async () => {
    const { memberA, leaderRegion, leaderOther } = world.users;
    const first = await addStep(world, memberA, "A.I.1.1", { plannedMonths: [1, 2] });
    await addStep(world, memberA, "A.I.1.2", { plannedMonths: [2], targetDate: "2026-12-31" });
    await addStep(world, memberA, "A.I.2.1", { plannedMonths: [2, 5], targetDate: "2026-12-31" });
    await realiseStep(memberA, { stepId: first.id, month: 1, note: "Selesai" });
    await realiseStep(memberA, { stepId: first.id, month: 2, note: "Selesai" });
    await saveMonevNote(memberA, { assessmentId: "asm-a", month: 2, areaCode: "A.I.2", note: "SOP menunggu tanda tangan pimpinan" });

    const months = await getMonevSummary(await authorizeAssessment(leaderRegion, "asm-a", "assessment.read"));
    const february = months[1]!;
    expect(february).toMatchObject({ month: 2, ended: true, planned: 3, done: 1, late: 2 });
    expect(february.rows.map((r) => [r.areaCode, r.planned, r.done, r.late, r.note])).toEqual([
      ["A.I.1", 2, 1, 1, ""],
      ["A.I.2", 1, 0, 1, "SOP menunggu tanda tangan pimpinan"],
    ]);
    // May is not over: planned, not late.
    expect(months[4]).toMatchObject({ planned: 1, done: 0, late: 0, ended: false });
    expect(await prisma.auditEvent.count({ where: { action: "plan.monev.note" } })).toBe(1);
    expect(await rejectionOf(authorizeAssessment(leaderOther, "asm-a", "assessment.read"))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(saveMonevNote(leaderRegion, { assessmentId: "asm-a", month: 2, areaCode: "A.I.2", note: "x" }))).toBeInstanceOf(NotFoundError);
  });
});
