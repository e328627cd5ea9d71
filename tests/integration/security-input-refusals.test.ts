import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { clock } from "@/lib/clock";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { addNote } from "@/lib/review/add-note";
import { saveLheDraft } from "@/lib/review/lhe-store";
import { NOTE_MAX } from "@/lib/review/schemas";
import { ValidationError } from "@/lib/errors";
import { CONTROL_CHARACTER_MESSAGE } from "@/lib/validation";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { answer, createReviewWorld, snapshotReviewState, transition, type TReviewWorld } from "@/tests/support/review-world";

// Forged input reaching the real mutations: control characters, oversized text and unknown LHE
// keys are refused with an Indonesian message, and nothing in the database changes.

const NOW = new Date("2026-03-01T00:00:00Z");
const realNow = clock.now;
let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
  clock.now = () => NOW;
  await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" }, "SELF", "SK tim kerja terlampir");
  await transition(world.users.headA, "submit", { acknowledgeIncomplete: true });
});

afterEach(() => {
  clock.now = realNow;
});

async function expectRefused(run: () => Promise<unknown>, message: string) {
  const before = await snapshotReviewState();
  const error = await rejectionOf(run());
  expect(error).toBeInstanceOf(ValidationError);
  expect(error?.message).toBe(message);
  expect(await snapshotReviewState()).toEqual(before);
}

const narrative = (text: string) => () =>
  saveAnswer(world.users.evaluator, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), expectedVersion: 0, answer: { optionKey: "YA" }, narrative: text }, "EVALUATOR");

describe("control characters", () => {
  it.each([
    ["NUL", "Uraian\u0000"],
    ["bell", "Uraian\u0007bukti"],
    ["escape", "\u001b[31mmerah"],
    ["DEL", "hapus\u007f"],
  ])("a narrative with %s is refused", async (_name, text) => {
    await expectRefused(narrative(text), CONTROL_CHARACTER_MESSAGE);
  });

  it("tab, newline and carriage return are ordinary text", async () => {
    await narrative("Baris satu\r\nBaris dua\tkolom")();
    const saved = await prisma.answer.findFirstOrThrow({ where: { assessmentId: "asm-a", side: "EVALUATOR" } });
    expect(saved.narrative).toBe("Baris satu\r\nBaris dua\tkolom");
  });

  it("a review note with NUL is refused", async () => {
    await expectRefused(() => addNote(world.users.evaluator, { assessmentId: "asm-a", itemId: world.itemId("A.I.1.1.a"), body: "Catatan\u0000" }), CONTROL_CHARACTER_MESSAGE);
  });

  it("an id with NUL is refused before it reaches PostgreSQL", async () => {
    await expectRefused(() => addNote(world.users.evaluator, { assessmentId: "asm-a\u0000", itemId: world.itemId("A.I.1.1.a"), body: "Catatan" }), "Kode data tidak valid.");
  });
});

describe("LHE draft", () => {
  const draft = (recommendations: Record<string, string>) => () => saveLheDraft(world.users.evaluator, { assessmentId: "asm-a", recommendations });

  it("accepts the catalogue's areas, Hasil parts included", async () => {
    await draft({ "A.I.1": "Lengkapi SK tim kerja.", "B.II": "Tingkatkan survei." })();
    expect(await prisma.report.count({ where: { kind: "LHE" } })).toBe(1);
  });

  it.each([
    ["an item code", { "A.I.1.1.a": "x" }],
    ["a made-up area", { "A.III.1": "x" }],
    ["a component", { A: "x" }],
    ["an object key trick", { __proto__x: "x", "A.I.1": "y" }],
  ])("refuses %s as a key and stores nothing", async (_name, recommendations) => {
    await expectRefused(draft(recommendations), "Rekomendasi hanya untuk area LKE yang ada pada katalog.");
  });

  it("refuses a recommendation over the limit, and more keys than any catalogue has areas", async () => {
    await expectRefused(draft({ "A.I.1": "x".repeat(NOTE_MAX + 1) }), `Rekomendasi paling banyak ${NOTE_MAX} karakter per area.`);
    const many = Object.fromEntries(Array.from({ length: 41 }, (_, i) => [`A.I.${i}`, "x"]));
    await expectRefused(draft(many), "Terlalu banyak area dalam LHE.");
  });

  it("refuses control characters in a recommendation", async () => {
    await expectRefused(draft({ "A.I.1": "Rekomendasi\u0000" }), CONTROL_CHARACTER_MESSAGE);
  });
});
