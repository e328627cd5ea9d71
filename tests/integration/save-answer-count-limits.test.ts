import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authorizeCatalogue } from "@/lib/access/catalogue-access";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { importCatalogueUpload } from "@/lib/catalogue/admin-queries";
import { ValidationError } from "@/lib/errors";
import { validateAnswer } from "@/lib/scoring/validate-answer";
import { getCatalogue } from "@/lib/catalogue/queries";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { resetDatabase } from "@/tests/support/db";
import { findQuestion, readShippedCatalogueFile } from "@/tests/support/catalogue-file";
import { rejectionOf, snapshotWritableState } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// Counts of a PERCENT item that are parts of a total may not exceed it, and no count may exceed
// 10,000,000. Both rules come from the catalogue / the shared validator; the server refuses with
// an Indonesian message and stores nothing.

let world: TWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

const save = (code: string, inputs: Record<string, number>, expectedVersion = 0) =>
  saveAnswer(world.users.memberA, { assessmentId: "asm-a", itemId: world.itemId(code), expectedVersion, answer: { inputs }, narrative: "" });

async function expectRefused(run: () => Promise<unknown>, message: string) {
  const before = await snapshotWritableState();
  const error = await rejectionOf(run());
  expect(error).toBeInstanceOf(ValidationError);
  expect(error?.message).toBe(message);
  expect(await snapshotWritableState()).toEqual(before);
}

const COMPLAINTS_MESSAGE =
  "Pengaduan yang sedang diproses ditambah yang selesai ditindaklanjuti tidak boleh melebihi pengaduan yang harus ditindaklanjuti";

describe("saveAnswer: parts of a total", () => {
  it("refuses 'selesai 50' of 'harus ditindaklanjuti 40'", async () => {
    await expectRefused(() => save("A.II.5.2.a", { harus: 40, proses: 0, selesai: 50 }), `${COMPLAINTS_MESSAGE} (50 lebih dari 40)`);
  });

  it("refuses 'proses 23 + selesai 19' of 'harus 23' (the old demo data)", async () => {
    await expectRefused(() => save("A.II.5.2.a", { harus: 23, proses: 23, selesai: 19 }), `${COMPLAINTS_MESSAGE} (42 lebih dari 23)`);
  });

  it("refuses an over-total update of an existing answer and keeps the stored one", async () => {
    await save("A.II.4.1.a", { sasaran: 5, tercapai: 4 });
    await expectRefused(
      () => save("A.II.4.1.a", { sasaran: 5, tercapai: 6 }, 1),
      "Jumlah sasaran yang tercapai tidak boleh melebihi jumlah sasaran kinerja (6 lebih dari 5)",
    );
    const row = await prisma.answer.findFirstOrThrow({ where: { assessmentId: "asm-a", itemId: world.itemId("A.II.4.1.a") } });
    expect(row.inputs).toEqual({ sasaran: 5, tercapai: 4 });
  });

  it("sums several totals (LHKASN: eselon III + IV + fungsional)", async () => {
    const ok = await save("A.II.5.3.2.a", { es3: 2, es4: 3, fung: 10, lapor: 15 });
    expect(ok.answer.value).toBe("1");
    await expectRefused(
      () => save("A.II.5.3.2.a", { es3: 2, es4: 3, fung: 10, lapor: 16 }, 1),
      "Jumlah yang sudah menyampaikan tidak boleh melebihi jumlah seluruh pejabat dan pegawai yang wajib menyampaikan (16 lebih dari 15)",
    );
  });

  it("accepts parts that add up exactly to the total", async () => {
    const saved = await save("A.II.5.2.a", { harus: 23, proses: 4, selesai: 19 });
    expect(saved.answer).toMatchObject({ inputs: { harus: 23, proses: 4, selesai: 19 }, version: 1 });
  });
});

describe("saveAnswer: count cap", () => {
  it("refuses a count above 10.000.000 and accepts 10.000.000", async () => {
    await expectRefused(
      () => save("A.II.4.1.a", { sasaran: 10_000_001, tercapai: 1 }),
      "Jumlah paling banyak 10.000.000 (Jumlah sasaran kinerja)",
    );
    const saved = await save("A.II.4.1.a", { sasaran: 10_000_000, tercapai: 10_000_000 });
    expect(saved.answer.value).toBe("1");
  });
});

describe("catalogue import: constraints", () => {
  it("refuses a constraint naming an input the item does not declare, and stores nothing", async () => {
    const file = readShippedCatalogueFile();
    (findQuestion(file, "A.II.5.2.a") as unknown as { constraints: { parts: string[] }[] }).constraints[0]!.parts = ["proses", "ditolak"];
    const versions = await prisma.catalogueVersion.count();
    const outcome = await importCatalogueUpload(authorizeCatalogue(world.users.admin, "catalogue.import"), JSON.stringify(file));
    expect(outcome.status).toBe("invalid");
    if (outcome.status !== "invalid") return;
    expect(outcome.errors.map((e) => e.message)).toEqual(["Masukan 'ditolak' pada batasan tidak didefinisikan di inputs"]);
    expect(await prisma.catalogueVersion.count()).toBe(versions);
  });
});

describe("demo data", () => {
  it("holds only answers the save path would accept", async () => {
    await seedDemo(world.catalogueVersionId);
    const loaded = await getCatalogue(world.catalogueVersionId);
    const answers = await prisma.answer.findMany({ where: { assessmentId: { startsWith: "asm-2026-" } } });
    expect(answers.length).toBeGreaterThan(100);
    const refused = answers.flatMap((row) => {
      const item = loaded.itemsById.get(row.itemId)!.item;
      const result = validateAnswer(item, { optionKey: row.optionKey, inputs: row.inputs, surveyIndex: row.surveyIndex === null ? null : Number(row.surveyIndex) });
      return result.ok ? [] : [`${row.assessmentId} ${item.code}: ${result.message}`];
    });
    expect(refused).toEqual([]);
  });
});
