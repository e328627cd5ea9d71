import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { AppError, ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Side } from "@/lib/generated/prisma/enums";
import { resetDatabase } from "@/tests/support/db";
import { changedCatalogueFile, importCatalogueFile } from "@/tests/support/catalogue-file";
import { rejectionOf, snapshotWritableState } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// Every bad save is refused on the server with a typed error and a specific Indonesian message,
// and leaves answers, stored scores, counters and the audit trail exactly as they were.

let world: TWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
  // One earlier answer, so "nothing changes" covers existing rows and stored scores too.
  await saveAnswer(world.users.memberA, input("A.I.1.1.a", { optionKey: "YA" }));
});

function input(code: string, answer: unknown, expectedVersion = 0, narrative = "", assessmentId = "asm-a") {
  return { assessmentId, itemId: world.itemId(code), expectedVersion, answer, narrative };
}

type TErrorClass = new (...args: never[]) => AppError;

/** Runs the save, checks the error's class and message, and that the database did not change. */
async function expectRefused(save: () => Promise<unknown>, errorClass: TErrorClass, message: string) {
  const before = await snapshotWritableState();
  const error = await rejectionOf(save());
  expect(error).toBeInstanceOf(errorClass);
  expect(error?.message).toContain(message);
  expectIndonesian(error?.message ?? "");
  expect(await snapshotWritableState()).toEqual(before);
  return error;
}

/** The messages reach the user as they are: no English phrasing, no internal identifiers. */
function expectIndonesian(message: string) {
  expect(message).not.toMatch(/\b(the|is|not|must|invalid|error|found|expected|received|string|number)\b/i);
}

const save = (user: TSessionUser, raw: unknown, side: Side = "SELF") => () => saveAnswer(user, raw, side);
const member = () => world.users.memberA;

describe("saveAnswer refuses invalid answers", () => {
  it("an option key the item does not have", async () => {
    const error = await expectRefused(save(member(), input("A.I.1.1.b", { optionKey: "F" })), ValidationError, "Opsi 'F' tidak ada pada butir ini");
    expect((error as ValidationError).fieldErrors).toEqual({ answer: "Opsi 'F' tidak ada pada butir ini" });
  });

  // BUG: lib/scoring/validate-answer.ts lines 21-28 (the switch in validateAnswer) read only the
  // field of the item's own answer type; a field of another type is ignored and the answer counts
  // as "empty", i.e. a request to clear. So { optionKey: "A" } on a PERCENT item is accepted and stores an empty answer row plus
  // an audit event (and would wipe an existing answer) instead of being refused with a ValidationError.
  it.each([
    ["an option key sent for a PERCENT item", "A.II.5.2.a", { optionKey: "A" }],
    ["a survey index sent for an option item", "A.I.1.1.b", { surveyIndex: 3.5 }],
    ["counts sent for a survey item", "B.I.a", { inputs: { harus: 1 } }],
  ])("%s", async (_name, code, answer) => {
    const before = await snapshotWritableState();
    const error = await rejectionOf(saveAnswer(member(), input(code, answer)));
    expect.soft(error).toBeInstanceOf(ValidationError);
    expect(await snapshotWritableState()).toEqual(before);
  });

  it("an answer that is not an object", async () => {
    // BUG: same root cause as the narrative case below: ZSaveAnswer.parse (save-answer.ts line 29,
    // first line of saveAnswer) throws a raw ZodError with zod's English default text ("Invalid input: expected object...")
    // before validateAnswer's Indonesian "Format jawaban tidak dikenali" can apply.
    await expectRefused(save(member(), input("A.I.1.1.b", "A")), ValidationError, "Format jawaban tidak dikenali");
  });

  const complaints = (inputs: Record<string, unknown>) => input("A.II.5.2.a", { inputs });

  it("a negative count", async () => {
    await expectRefused(
      save(member(), complaints({ harus: 10, proses: 0, selesai: -1 })),
      ValidationError,
      "Jumlah harus bilangan bulat 0 atau lebih (Jumlah pengaduan masyarakat yang selesai ditindaklanjuti)",
    );
  });

  it("a fractional count", async () => {
    await expectRefused(
      save(member(), complaints({ harus: 2.5, proses: 0, selesai: 1 })),
      ValidationError,
      "Jumlah harus bilangan bulat 0 atau lebih (Jumlah pengaduan masyarakat yang harus ditindaklanjuti)",
    );
  });

  it("a count sent as a string", async () => {
    await expectRefused(
      save(member(), complaints({ harus: "10", proses: 0, selesai: 1 })),
      ValidationError,
      "Jumlah harus berupa angka (Jumlah pengaduan masyarakat yang harus ditindaklanjuti)",
    );
  });

  it("a missing input of a PERCENT item", async () => {
    await expectRefused(
      save(member(), complaints({ harus: 10, selesai: 4 })),
      ValidationError,
      "Jumlah wajib diisi (Jumlah pengaduan masyarakat yang sedang diproses)",
    );
  });

  it("an input key the item does not declare", async () => {
    await expectRefused(
      save(member(), complaints({ harus: 10, proses: 0, selesai: 4, lainnya: 1 })),
      ValidationError,
      "Masukan 'lainnya' tidak dikenal pada butir ini",
    );
  });

  it.each([
    [4.01, "Nilai indeks survei harus antara 0,00 dan 4,00"],
    [-0.01, "Nilai indeks survei harus antara 0,00 dan 4,00"],
    [3.456, "Nilai indeks survei paling banyak dua angka desimal"],
  ])("survey index %s", async (surveyIndex, message) => {
    await expectRefused(save(member(), input("B.I.a", { surveyIndex })), ValidationError, message);
  });

  it("a narrative over 5000 characters", async () => {
    // BUG: lib/assessments/save-answer.ts line 29 (first line of saveAnswer) calls ZSaveAnswer.parse(),
    // which throws a raw ZodError instead of the typed ValidationError every other refusal uses (parseInput() in
    // lib/action-result.ts does the conversion). Only runAction hides this; any other caller of
    // saveAnswer gets an untyped error.
    await expectRefused(
      save(member(), input("A.I.1.1.b", { optionKey: "A" }, 0, "x".repeat(5001))),
      ValidationError,
      "Uraian bukti dukung paling banyak 5000 karakter",
    );
  });

  it("accepts a narrative of exactly 5000 characters", async () => {
    const saved = await saveAnswer(member(), input("A.I.1.1.b", { optionKey: "A" }, 0, "x".repeat(5000)));
    expect(saved.answer.narrative).toHaveLength(5000);
  });

  it("an item of another catalogue version", async () => {
    const v2 = await importCatalogueFile(changedCatalogueFile());
    expect(v2.version).toBe(2);
    const foreign = await prisma.catalogueItem.findUniqueOrThrow({ where: { versionId_code: { versionId: v2.versionId, code: "A.I.1.1.b" } } });
    await expectRefused(
      save(member(), { ...input("A.I.1.1.b", { optionKey: "A" }), itemId: foreign.id }),
      ValidationError,
      "Butir ini tidak termasuk dalam katalog LKE penilaian ini.",
    );
  });
});

describe("saveAnswer refuses stale versions", () => {
  it("expectedVersion 1 when nothing was saved yet", async () => {
    const error = await expectRefused(save(member(), input("A.I.1.1.b", { optionKey: "A" }, 1)), ConflictError, "Butir A.I.1.1.b baru saja diubah oleh pengguna lain");
    expect((error as ConflictError).current).toBeNull();
  });

  it("expectedVersion 0 after someone saved", async () => {
    const error = await expectRefused(save(world.users.memberA2, input("A.I.1.1.a", { optionKey: "TIDAK" }, 0)), ConflictError, "Butir A.I.1.1.a baru saja diubah oleh User member-a");
    expect((error as ConflictError<{ optionKey: string; version: number }>).current).toMatchObject({ optionKey: "YA", version: 1 });
  });
});

describe("saveAnswer refuses users without write access", () => {
  it("a member of another unit gets 404 and learns nothing about the assessment", async () => {
    const error = await expectRefused(save(world.users.memberB, input("A.I.1.1.b", { optionKey: "A" })), NotFoundError, "Penilaian tidak ditemukan.");
    expect(error?.message).toBe("Penilaian tidak ditemukan.");
  });

  it.each<Side>(["SELF", "EVALUATOR"])("an evaluator not assigned to the assessment, side %s, gets 404", async (side) => {
    const error = await expectRefused(save(world.users.evaluator, input("A.I.1.1.b", { optionKey: "A" }), side), NotFoundError, "Penilaian tidak ditemukan.");
    expect(error?.message).toBe("Penilaian tidak ditemukan.");
  });

  it("a leader of the region reads but may not write: 404, as for anyone the write is not for", async () => {
    const error = await expectRefused(save(world.users.leaderRegion, input("A.I.1.1.b", { optionKey: "A" })), NotFoundError, "Penilaian tidak ditemukan.");
    expect(error?.message).toBe("Penilaian tidak ditemukan.");
  });

  it("an assessment that does not exist gets 404", async () => {
    await expectRefused(save(member(), input("A.I.1.1.b", { optionKey: "A" }, 0, "", "asm-none")), NotFoundError, "Penilaian tidak ditemukan.");
  });

  it("a submitted assessment is refused with InvalidStateError", async () => {
    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "SUBMITTED" } });
    await expectRefused(save(member(), input("A.I.1.1.b", { optionKey: "A" })), InvalidStateError, "LKE sudah dikirim");
  });

  it("the unit head can write", async () => {
    const result = await saveAnswer(world.users.headA, input("A.I.1.1.b", { optionKey: "B" }, 0, "Notula rapat"));
    expect(result.answer).toMatchObject({ optionKey: "B", value: "1/2", version: 1, updatedByName: "User head-a" });
    const row = await prisma.answer.findUniqueOrThrow({
      where: { assessmentId_side_itemId: { assessmentId: "asm-a", side: "SELF", itemId: world.itemId("A.I.1.1.b") } },
    });
    expect(row).toMatchObject({ optionKey: "B", value: "1/2", updatedById: "head-a", narrative: "Notula rapat" });
    expect((await prisma.assessment.findUniqueOrThrow({ where: { id: "asm-a" } })).answeredCount).toBe(2);
  });
});
