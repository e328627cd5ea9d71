import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { addNote } from "@/lib/review/add-note";
import { assignEvaluator, unassignEvaluator } from "@/lib/review/assignments";
import { InvalidStateError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { createReviewWorld, expectRefused, flagItem, setStatus, type TReviewWorld } from "@/tests/support/review-world";

let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
});

describe("unit replies during revision", () => {
  it("are accepted on items sent back and refused on the others", async () => {
    await setStatus("REVISION_REQUESTED", { revisionRound: 1 });
    await flagItem(world, "A.I.1.1.a");
    await flagItem(world, "A.I.1.1.b", "ACCEPTED");
    const reply = (code: string) => addNote(world.users.memberA, { assessmentId: "asm-a", itemId: world.itemId(code), body: "Sudah diperbaiki." });

    await reply("A.I.1.1.a");
    await expectRefused(() => reply("A.I.1.1.b"), InvalidStateError, "Unit hanya dapat membalas catatan pada butir yang dikembalikan untuk perbaikan.");
    await expectRefused(() => reply("A.I.1.2.a"), InvalidStateError, "Unit hanya dapat membalas catatan pada butir yang dikembalikan untuk perbaikan.");
    expect(await prisma.itemNote.count({ where: { side: "SELF" } })).toBe(1);
  });
});

describe("the TPI team of a final assessment", () => {
  it("cannot be changed", async () => {
    await setStatus("FINAL");
    const message = "Penilaian sudah final; tim evaluator tidak dapat diubah.";
    await expectRefused(() => unassignEvaluator(world.users.admin, { assessmentId: "asm-a", userId: world.users.evaluator.id }), InvalidStateError, message);
    await expectRefused(
      () => assignEvaluator(world.users.admin, { assessmentId: "asm-a", userId: world.users.outsider.id, role: "MEMBER" }),
      InvalidStateError,
      message,
    );
  });
});
