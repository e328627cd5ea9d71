import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { addNote } from "@/lib/review/add-note";
import { getItemHistory } from "@/lib/review/item-history";
import { setVerdict } from "@/lib/review/set-verdict";
import { NotFoundError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { rejectionOf } from "@/tests/support/db-state";
import { answer, createReviewWorld, transition, type TReviewWorld } from "@/tests/support/review-world";

// An item's history is read from the append-only audit trail: the answers of both sides, the
// verdicts and the notes, oldest first, in words; only readers of the assessment see it and
// nobody can rewrite it.

useFixedClock("2026-03-01T00:00:00Z");
let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
  await playOneRevisionRound();
});


const code = "A.I.1.1.a";

async function playOneRevisionRound() {
  const { memberA, headA, evaluator } = world.users;
  const itemId = world.itemId(code);
  await answer(world, memberA, code, { optionKey: "TIDAK" });
  await answer(world, memberA, "A.I.1.1.b", { optionKey: "B" }); // another item: not in this history
  await transition(headA, "submit", { acknowledgeIncomplete: true });
  await answer(world, evaluator, code, { optionKey: "TIDAK" }, "EVALUATOR", "SK tidak ditemukan");
  await setVerdict(evaluator, { assessmentId: "asm-a", itemId, verdict: "REVISION_REQUESTED", note: "Lampirkan SK tim kerja." });
  await transition(evaluator, "requestRevision");
  await answer(world, memberA, code, { optionKey: "YA" }, "SELF", "SK Nomor 12 Tahun 2026");
  await addNote(memberA, { assessmentId: "asm-a", itemId, body: "SK sudah dilampirkan." });
  await addNote(evaluator, { assessmentId: "asm-a", itemId, body: "Terima kasih, akan diperiksa." });
  await transition(headA, "resubmit");
  await answer(world, evaluator, code, { optionKey: "YA" }, "EVALUATOR", "SK tidak ditemukan");
  await setVerdict(evaluator, { assessmentId: "asm-a", itemId, verdict: "ACCEPTED" });
}

const EXPECTED = [
  ["answer.save", "User member-a", "Jawaban unit: belum dijawab → Tidak"],
  ["answer.evaluator.save", "User evaluator", "Jawaban TPI: belum dijawab → Tidak; uraian bukti dukung diubah"],
  ["review.verdict", "User evaluator", 'Putusan TPI: perlu perbaikan — "Lampirkan SK tim kerja."'],
  ["answer.save", "User member-a", "Jawaban unit: Tidak → Ya; uraian bukti dukung diubah"],
  ["note.add", "User member-a", 'Balasan unit: "SK sudah dilampirkan."'],
  ["note.add", "User evaluator", 'Catatan TPI: "Terima kasih, akan diperiksa."'],
  ["answer.evaluator.save", "User evaluator", "Jawaban TPI: Tidak → Ya"],
  ["review.verdict", "User evaluator", "Putusan TPI: diterima"],
];

describe("getItemHistory", () => {
  it("returns both sides' answers, the verdicts and the notes in order, in Indonesian", async () => {
    const history = await authorizeAssessment(world.users.headA, "asm-a", "assessment.read").then((access) => getItemHistory(access, world.itemId(code)));
    expect(history.map((h) => [h.action, h.actorName, h.summary])).toEqual(EXPECTED);
    const ids = history.map((h) => BigInt(h.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const times = history.map((h) => h.at);
    expect([...times].sort()).toEqual(times);
  });

  it.each(["memberA", "headA", "evaluator", "evaluatorMember", "leaderRegion", "admin"] as const)("%s, a reader of asm-a, sees it", async (who) => {
    expect(await authorizeAssessment(world.users[who], "asm-a", "assessment.read").then((access) => getItemHistory(access, world.itemId(code)))).toHaveLength(EXPECTED.length);
  });

  it.each(["memberB", "headB", "outsider", "leaderOther"] as const)("%s, who may not read asm-a, gets 404", async (who) => {
    const error = await rejectionOf(authorizeAssessment(world.users[who], "asm-a", "assessment.read").then((access) => getItemHistory(access, world.itemId(code))));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error?.message).toBe("Penilaian tidak ditemukan.");
  });
});

describe("nobody can edit or delete history", () => {
  it("UPDATE and DELETE of audit events are rejected by the database and change nothing", async () => {
    const before = await authorizeAssessment(world.users.headA, "asm-a", "assessment.read").then((access) => getItemHistory(access, world.itemId(code)));
    const count = await prisma.auditEvent.count();
    const verdicts = { action: "review.verdict" };

    const updated = await rejectionOf(prisma.auditEvent.updateMany({ where: verdicts, data: { after: { verdict: "ACCEPTED" } } }));
    expect(updated?.message).toContain("AuditEvent is append-only");
    const deleted = await rejectionOf(prisma.auditEvent.deleteMany({ where: verdicts }));
    expect(deleted?.message).toContain("AuditEvent is append-only");
    const rawDelete = await rejectionOf(prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "itemId" = $1`, world.itemId(code)));
    expect(rawDelete?.message).toContain("AuditEvent is append-only");
    const rawUpdate = await rejectionOf(prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorId" = NULL`));
    expect(rawUpdate?.message).toContain("AuditEvent is append-only");

    expect(await prisma.auditEvent.count()).toBe(count);
    expect(await authorizeAssessment(world.users.headA, "asm-a", "assessment.read").then((access) => getItemHistory(access, world.itemId(code)))).toEqual(before);
  });
});
