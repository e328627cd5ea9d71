import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { transitionAssessment } from "@/lib/review/transitions";
import type { TSessionUser } from "@/lib/auth/load-user";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { createPekpppWorld, type TPekpppWorld } from "@/tests/support/pekppp-world";
import { Readable } from "node:stream";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { uploadEvidence } from "@/lib/evidence/upload-evidence";
import { getF01Sheet } from "@/lib/pekppp/f01-sheet";
import { getTeamSheet } from "@/lib/pekppp/team-sheet";
import { download, openAs } from "@/tests/support/evidence-helpers";
import { samplePdf } from "@/tests/support/evidence-files";

// Issue 14: the service unit fills F-01 through the LKE's own save path (answers, narrative,
// audit, versions) and its head sends it; the F-02 levels are not the unit's to give.

useFixedClock("2026-06-01T00:00:00Z");
let world: TPekpppWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createPekpppWorld();
  await prisma.assessment.update({ where: { id: "pek-a" }, data: { status: "DRAFT" } });
});

const save = (user: TSessionUser, code: string, answer: unknown, narrative = "") =>
  saveAnswer(user, { assessmentId: "pek-a", itemId: world.pekLoaded.itemIdByCode.get(code)!, expectedVersion: 0, answer, narrative });

describe("F-01 by the service unit", () => {
  it("stores Ya/Tidak, counts, several choices and open text, audited, then the head sends it", async () => {
    await save(world.users.memberA, "1.a.Ak.F01.a", { optionKey: "YA" });
    await save(world.users.memberA, "1.a.Ak.F01.b", { inputs: { jumlah: 12 } });
    await save(world.users.memberA, "2.a.P.F01.b", { inputs: { 1: 1, 3: 1 } });
    await save(world.users.memberA, "6.a.B.F01.c", {}, "IKM 86,5 (TW IV 2025)");
    await save(world.users.memberA, "4.a.K.F01.a", { optionKey: "6" });
    const rows = await prisma.answer.findMany({ where: { assessmentId: "pek-a", side: "SELF" }, select: { optionKey: true, inputs: true, narrative: true, item: { select: { code: true } } }, orderBy: { item: { position: "asc" } } });
    expect(rows.map((row) => [row.item.code, row.optionKey, row.inputs, row.narrative])).toEqual([
      ["1.a.Ak.F01.a", "YA", null, ""],
      ["1.a.Ak.F01.b", null, { jumlah: 12 }, ""],
      ["2.a.P.F01.b", null, { 1: 1, 3: 1 }, ""],
      ["4.a.K.F01.a", "6", null, ""],
      ["6.a.B.F01.c", null, null, "IKM 86,5 (TW IV 2025)"],
    ]);
    expect(await prisma.auditEvent.count({ where: { assessmentId: "pek-a" } })).toBe(5);

    await transitionAssessment(world.users.headA, { assessmentId: "pek-a", action: "submit", expectedStatusVersion: 0, acknowledgeIncomplete: true });
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: "pek-a" } })).status).toBe("SUBMITTED");
  });

  it("refuses an F-02 level from the unit, and a count that is not a whole number, storing nothing", async () => {
    const f02 = await rejectionOf(save(world.users.memberA, "1.a.Ak.F02", { optionKey: "5" }));
    expect(f02).toBeInstanceOf(ValidationError);
    expect((f02 as Error).message).toBe("Nilai F-02 diberikan oleh tim evaluator pada lembar penilaian F-02, bukan sebagai jawaban butir.");
    const count = await rejectionOf(save(world.users.memberA, "1.a.Ak.F01.b", { inputs: { jumlah: -3 } }));
    expect((count as Error).message).toBe("Jumlah harus bilangan bulat 0 atau lebih");
    expect(await prisma.answer.count({ where: { assessmentId: "pek-a" } })).toBe(0);
  });

  it("takes bukti dukung per indicator through the LKE's evidence upload, audited; the team reads them beside F-02", async () => {
    const itemId = world.pekLoaded.itemIdByCode.get("1.a.Ak.F01.a")!;
    const pdf = samplePdf("Standar Pelayanan");
    const upload = (user: TSessionUser) => uploadEvidence(user, { assessmentId: "pek-a", itemId, fileName: "sk-standar-pelayanan.pdf", expectedEntry: 1 }, Readable.from([pdf]));
    const stored = await upload(world.users.memberA);
    expect(await prisma.auditEvent.count({ where: { assessmentId: "pek-a", action: "evidence.upload" } })).toBe(1);

    // The unit's F-01 page: the indicator's panel on the question that asks for the documents, ticked.
    const sheet = (await getF01Sheet(await authorizeAssessment(world.users.memberA, "pek-a", "assessment.read")))!;
    const indicator = sheet.aspects[0]!.indicators.find((i) => i.code === "1.a.Ak")!;
    expect(indicator.evidenceItem).toMatchObject({ itemId, item: { code: "1.a.Ak.F01.a" }, initial: { ticks: [1] } });
    expect(indicator.evidenceItem!.item.expectedEvidence).toHaveLength(4);
    expect(indicator.evidenceItem!.initial.entries.map((e) => e.title)).toEqual(["sk-standar-pelayanan.pdf"]);
    expect(sheet.canEditEvidence).toBe(true);

    // Sent: the team scores F-02 seeing the entry on the indicator, and opens it; the unit can no longer change it.
    await transitionAssessment(world.users.headA, { assessmentId: "pek-a", action: "submit", expectedStatusVersion: 0, acknowledgeIncomplete: true });
    const team = await getTeamSheet(world.team.second, "pek-a");
    const row = team.rows.find((r) => r.code === "1.a.Ak.F02")!;
    expect(row.evidence!.initial.entries.map((e) => e.id)).toEqual([stored.evidence.id]);
    expect(team.rows.find((r) => r.code === "2.a.P.F02")!.evidence!.initial.entries).toEqual([]);
    expect(await download(world.team.second, stored.evidence.id)).toEqual(pdf);
    expect(await rejectionOf(openAs(world.team.fourth, stored.evidence.id))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(upload(world.users.memberA))).toBeInstanceOf(InvalidStateError);
    expect(await prisma.evidence.count({ where: { assessmentId: "pek-a" } })).toBe(1);
  });
});
