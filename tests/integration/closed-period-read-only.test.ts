import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { InvalidStateError } from "@/lib/errors";
import { closePeriod } from "@/lib/periods/lifecycle";
import { addNote } from "@/lib/review/add-note";
import { setVerdict } from "@/lib/review/set-verdict";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { samplePdf } from "@/tests/support/evidence-files";
import { uploader } from "@/tests/support/evidence-helpers";
import { useTemporaryStorage } from "@/tests/support/evidence-storage";
import { addStep, planState } from "@/tests/support/plan-helpers";
import { answer, createReviewWorld, setStatus, snapshotReviewState, transition, type TReviewWorld } from "@/tests/support/review-world";

// A closed or archived period is read-only: the unit's answers, evidence and plan, the TPI's
// answers, verdicts and notes, and status changes are refused in the data layer, nothing written.

const CLOSED = "Periode sudah ditutup; jawaban, bukti dukung, evaluasi dan rencana aksi tidak dapat diubah lagi.";
const storage = useTemporaryStorage();
let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  storage.clear();
  world = await createReviewWorld();
});
afterAll(() => storage.remove());

async function expectClosed(operation: () => Promise<unknown>) {
  const before = [await snapshotReviewState(), await planState(), await prisma.evidence.count()];
  const error = await rejectionOf(operation());
  expect(error).toBeInstanceOf(InvalidStateError);
  expect(error?.message).toBe(CLOSED);
  expect([await snapshotReviewState(), await planState(), await prisma.evidence.count()]).toEqual(before);
}

describe("a closed or archived period", () => {
  it("refuses the unit's answers, evidence, plan steps and submission once closed, and still after archiving", async () => {
    await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" });
    await closePeriod(world.users.admin, { periodId: "p2026" });
    const upload = uploader(world);
    for (const status of ["CLOSED", "ARCHIVED"] as const) {
      await prisma.period.update({ where: { id: "p2026" }, data: { status } });
      await expectClosed(() => answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "TIDAK" }));
      await expectClosed(() => upload(world.users.memberA, "A.I.1.1.a", samplePdf("SK"), "SK.pdf"));
      await expectClosed(() => addStep(world, world.users.memberA));
      await expectClosed(() => transition(world.users.headA, "submit"));
    }
    expect(await prisma.answer.findFirstOrThrow({ where: { assessmentId: "asm-a", side: "SELF" } })).toMatchObject({ optionKey: "YA", version: 1 });
  });

  it("refuses the TPI's answers, verdicts, notes and finalisation", async () => {
    await setStatus("IN_REVIEW");
    await closePeriod(world.users.admin, { periodId: "p2026" });
    const itemId = world.itemId("A.I.1.1.a");
    await expectClosed(() => answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "YA" }, "EVALUATOR"));
    await expectClosed(() => setVerdict(world.users.evaluator, { assessmentId: "asm-a", itemId, verdict: "ACCEPTED", note: "" }));
    await expectClosed(() => addNote(world.users.evaluator, { assessmentId: "asm-a", itemId, body: "Lengkapi SK." }));
    await expectClosed(() => transition(world.users.evaluator, "finalize"));
  });

  it("leaves an open period writable (the check is on the period, not on every save)", async () => {
    await expect(answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" })).resolves.toMatchObject({ answer: { version: 1 } });
  });
});
