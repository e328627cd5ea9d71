import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import { randomAnswerSet } from "@/prisma/seed/random-answers";
import { seedAnswers } from "@/prisma/seed/seed-answers";
import { applyWorkbookImport } from "@/lib/workbook/import/apply-import";
import { authorizeWorkbookImport } from "@/lib/access/workbook-import-access";
import type { TSessionUser } from "@/lib/auth/load-user";
import { readUploadBody, WorkbookFileError } from "@/lib/workbook/import/read-upload";
import { COLUMN } from "@/lib/workbook/layout";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf, snapshotWritableState } from "@/tests/support/db-state";
import { answer, createReviewWorld, flagItem, setStatus, type TReviewWorld } from "@/tests/support/review-world";
import { createPreviewAs, editedExport, exportLke, plainWorkbook, previewOf, zipOf } from "@/tests/support/workbook-files";
import { samplePdf } from "@/tests/support/evidence-files";

let world: TReviewWorld;

const apply = async (user: TSessionUser, importId: string) => applyWorkbookImport(await authorizeWorkbookImport(user, importId));

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
});

/** A second, empty LKE of unit-a in another period with the same catalogue. */
async function emptyAssessment(id = "asm-a27", catalogueVersionId = world.catalogueVersionId) {
  await prisma.period.create({ data: { id: `p-${id}`, agencyId: "ag", year: 2027, name: `ZI ${id}`, catalogueVersionId } });
  await prisma.assessment.create({ data: { id, periodId: `p-${id}`, unitId: "unit-a", itemCount: 113 } });
  return id;
}

async function answersOf(assessmentId: string) {
  const rows = await prisma.answer.findMany({ where: { assessmentId, side: "SELF" }, orderBy: { itemId: "asc" } });
  return rows.map((r) => ({ itemId: r.itemId, optionKey: r.optionKey, inputs: r.inputs, surveyIndex: r.surveyIndex?.toString() ?? null, value: r.value, narrative: r.narrative }));
}

async function scoresOf(assessmentId: string) {
  const score = await prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId, side: "SELF" } } });
  const nodes = await prisma.nodeScore.findMany({ where: { assessmentId, side: "SELF" }, orderBy: { nodeCode: "asc" }, select: { nodeCode: true, score: true } });
  return { total: score.total, answered: score.answered, wbk: score.wbkMet, nodes };
}

/** The upload is refused with a message containing `message`, and nothing at all is written. */
async function expectRefused(file: Buffer, message: string | RegExp, assessmentId = "asm-a", user = world.users.memberA) {
  const before = await snapshotWritableState();
  const error = await rejectionOf(createPreviewAs(user, assessmentId, "lke.xlsx", file));
  expect(error?.message).toMatch(message);
  expect(await snapshotWritableState()).toEqual(before);
  expect(await prisma.workbookImport.count()).toBe(0);
  return error;
}

describe("workbook round trip", () => {
  it("export, import into an empty LKE: identical answers, narratives and scores", async () => {
    const answers = randomAnswerSet(world.loaded.catalogue, 0.7, 0.85, 42);
    await seedAnswers({ assessmentId: "asm-a", loaded: world.loaded, answers, userId: "member-a", narrative: (code) => `Bukti ${code}: SK, notula; "rapat" & foto\nbaris kedua` });
    const target = await emptyAssessment();
    const preview = await previewOf(world.users.memberA, target, await exportLke(world.users.memberA, "asm-a"));
    expect(preview.problems).toEqual([]);
    expect(preview.changes).toHaveLength(answers.size);
    expect(preview.notes[0]).toContain("Berkas diekspor dari LKE ZI 2026");

    const result = await apply(world.users.memberA, preview.importId);
    expect(result).toEqual({ assessmentId: target, applied: answers.size });
    const strip = (rows: Awaited<ReturnType<typeof answersOf>>) => rows.map(({ itemId, ...rest }) => ({ itemId, ...rest }));
    expect(strip(await answersOf(target))).toEqual(strip(await answersOf("asm-a")));
    expect(await scoresOf(target)).toEqual(await scoresOf("asm-a"));
    // Audited as an import, in the same transaction as the saves.
    const events = await prisma.auditEvent.findMany({ where: { assessmentId: target }, select: { action: true, after: true } });
    expect(events.filter((e) => e.action === "answer.save")).toHaveLength(answers.size);
    expect(events.filter((e) => e.action === "answer.import")).toEqual([
      { action: "answer.import", after: expect.objectContaining({ fileName: "lke.xlsx", items: expect.arrayContaining(["A.I.1.1.a"]) }) },
    ]);
    expect(await prisma.workbookImport.count()).toBe(0);

    // Importing the same file again changes nothing (unanswered items stay unanswered).
    const again = await previewOf(world.users.memberA, target, await exportLke(world.users.memberA, "asm-a"));
    expect([again.changes.length, again.unchangedCount, again.problems.length]).toEqual([0, 113, 0]);
  });

  it("previews an edited export item by item: current -> new", async () => {
    await answer(world, world.users.memberA, "A.I.1.1.b", { optionKey: "A" }, "SELF", "lama");
    const file = await editedExport(world.users.memberA, "asm-a", (row) => {
      row("A.I.1.1.b").getCell(COLUMN.selfAnswer).value = "c";
      row("A.I.1.1.b").getCell(COLUMN.selfNarrative).value = "baru";
      row("A.II.5.2.a.1").getCell(COLUMN.selfAnswer).value = 10;
      row("A.II.5.2.a.2").getCell(COLUMN.selfAnswer).value = 2;
      row("A.II.5.2.a.3").getCell(COLUMN.selfAnswer).value = "8";
      row("B.I.a").getCell(COLUMN.selfAnswer).value = "3,62";
    });
    const preview = await previewOf(world.users.memberA, "asm-a", file);
    expect(preview.problems).toEqual([]);
    expect(preview.changes.map((c) => [c.code, c.after, c.narrativeBefore, c.narrativeAfter, c.expectedVersion])).toEqual([
      ["A.I.1.1.b", expect.stringMatching(/^C · /), "lama", "baru", 1],
      ["A.II.5.2.a", expect.stringContaining("Jumlah pengaduan masyarakat yang selesai ditindaklanjuti: 8"), "", "", 0],
      ["B.I.a", "Indeks 3,62", "", "", 0],
    ]);
    expect(preview.changes[0]!.before).toMatch(/^A · /);
  });

  it("imports a plain sheet of code, answer and narrative", async () => {
    const file = await plainWorkbook(["No", "Kode", "Jawaban", "Narasi"], [
      [1, "A.I.1.1.a", "Ya", "SK Tim Kerja"],
      [2, "A.I.1.1.b", "B", ""],
      [3, "A.II.3.3.a.1", 4, null],
      [4, "A.II.3.3.a.2", 1, null],
      [5, "A.II.3.3.a.3", 1, null],
    ]);
    const preview = await previewOf(world.users.memberA, "asm-a", file);
    expect(preview.problems).toEqual([]);
    expect(preview.notes).toEqual(["Berkas tidak berasal dari unduhan aplikasi: baris dicocokkan menurut kode butir."]);
    await apply(world.users.memberA, preview.importId);
    const saved = await prisma.answer.findMany({ where: { assessmentId: "asm-a" }, include: { item: { select: { code: true } } }, orderBy: { item: { code: "asc" } } });
    expect(saved.map((a) => [a.item.code, a.optionKey, a.inputs, a.narrative, a.value])).toEqual([
      ["A.I.1.1.a", "YA", null, "SK Tim Kerja", 1],
      ["A.I.1.1.b", "B", null, "", 0.5],
      ["A.II.3.3.a", null, { lalu: 4, kini: 1, disanksi: 1 }, "", 0.75],
    ]);
  });
});

describe("broken workbooks are refused with a precise message and nothing written", () => {
  it("a PDF renamed .xlsx", async () => {
    const error = await expectRefused(samplePdf("x"), "bukan buku kerja Excel (.xlsx)");
    expect(error).toBeInstanceOf(WorkbookFileError);
  });

  it("a zip that is not a workbook (a .docx renamed .xlsx)", async () => {
    await expectRefused(await zipOf({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }), "bukan buku kerja Excel (.xlsx)");
  });

  it("an old .xls or password-protected file", async () => {
    await expectRefused(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), "Excel 97-2003 (.xls) atau dilindungi kata sandi");
  });

  it("a 50 MB workbook is stopped while it streams", async () => {
    let sent = 0;
    async function* body() {
      for (let i = 0; i < 50; i++) {
        sent += 1024 * 1024;
        yield new Uint8Array(1024 * 1024);
      }
    }
    const error = await rejectionOf(readUploadBody(body(), "besar.xlsx"));
    expect(error?.message).toBe("Berkas 'besar.xlsx' lebih dari 5 MB, batas unggah buku kerja. Periksa apakah berkas yang dipilih benar.");
    expect(sent).toBeLessThanOrEqual(6 * 1024 * 1024);
  });

  it("a workbook of another unit", async () => {
    await answer(world, world.users.memberB, "A.I.1.1.a", { optionKey: "YA" }, "SELF", "", "asm-b");
    await expectRefused(await exportLke(world.users.memberB, "asm-b"), "Berkas ini adalah LKE Unit unit-b, bukan LKE Unit unit-a. Unggah buku kerja unit Anda sendiri.");
  });

  it("a workbook of another catalogue version", async () => {
    const { importCatalogueFile, changedCatalogueFile } = await import("@/tests/support/catalogue-file");
    const v2 = await importCatalogueFile(changedCatalogueFile());
    const other = await emptyAssessment("asm-a-v2", v2.versionId);
    await expectRefused(await exportLke(world.users.memberA, other), "Berkas ini memakai katalog LKE-ZI-2021 versi 2, sedangkan LKE ini memakai katalog LKE-ZI-2021 versi 1.");
  });

  it("a workbook without the expected sheet or columns", async () => {
    await expectRefused(await plainWorkbook(["No", "Uraian", "Isi"], [[1, "x", "y"]], "Data"), "Tidak ditemukan lembar dengan kolom 'Kode' dan 'Jawaban' pada 30 baris pertama (lembar yang ada: 'Data')");
    await expectRefused(await plainWorkbook(["Kode", "Uraian"], [["A.I.1.1.a", "x"]], "LKE"), "Lembar 'LKE' memiliki kolom Kode tetapi tidak memiliki kolom 'Jawaban'");
  });

  it("an import while the assessment is submitted", async () => {
    await setStatus("SUBMITTED");
    const error = await expectRefused(await exportLke(world.users.memberA, "asm-a"), 'LKE berstatus "Dikirim": jawaban unit tidak dapat diimpor.');
    expect(error).toBeInstanceOf(InvalidStateError);
  });

  it("an evaluator, a leader or another unit may not import", async () => {
    const file = await exportLke(world.users.memberA, "asm-a");
    expect(await rejectionOf(createPreviewAs(world.users.evaluator, "asm-a", "x.xlsx", file))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(createPreviewAs(world.users.leaderRegion, "asm-a", "x.xlsx", file))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(createPreviewAs(world.users.memberB, "asm-a", "x.xlsx", file))).toBeInstanceOf(NotFoundError);
  });
});

describe("problem rows are named in the preview and block applying", () => {
  it("unknown codes, invalid answers, formulas, bad counts, duplicates", async () => {
    const file = await editedExport(world.users.memberA, "asm-a", (row, sheet) => {
      row("A.I.1.1.a").getCell(COLUMN.selfAnswer).value = "MUNGKIN";
      row("A.I.1.1.b").getCell(COLUMN.selfAnswer).value = { formula: "\"A\"", result: "A" };
      row("A.I.1.2.a").getCell(COLUMN.selfNarrative).value = { formula: "A1", result: "x" };
      row("A.II.5.2.a.1").getCell(COLUMN.selfAnswer).value = 2_000_000_000;
      row("A.II.1.1.a.1").getCell(COLUMN.selfAnswer).value = "dua";
      row("B.I.a").getCell(COLUMN.selfAnswer).value = 4.5;
      row("A.II.4.1.a.1").getCell(COLUMN.selfAnswer).value = 5; // the other count left empty
      sheet.addRow(["Z.9.9", "butir karangan", null, null, "A"]);
      sheet.addRow(["A.I.1.3.a", "dua kali", null, null, "A"]);
      sheet.addRow([null, "tanpa kode", null, null, "B"]);
    });
    const before = await snapshotWritableState();
    const preview = await previewOf(world.users.memberA, "asm-a", file);
    const messages = preview.problems.map((p) => `${p.code}: ${p.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/^A\.I\.1\.1\.a: Jawaban 'MUNGKIN' pada sel E\d+ tidak valid untuk butir ini; pilih salah satu dari YA, TIDAK\.$/),
      expect.stringMatching(/^A\.I\.1\.1\.b: Sel E\d+ berisi rumus; isi jawaban sebagai nilai, bukan rumus\.$/),
      expect.stringMatching(/^A\.I\.1\.2\.a: Sel H\d+ berisi rumus; isi narasi sebagai teks\.$/),
      "A.II.5.2.a.1: Jumlah paling banyak 10.000.000 (Jumlah pengaduan masyarakat yang harus ditindaklanjuti)",
      expect.stringMatching(/^A\.II\.1\.1\.a\.1: Jumlah pada sel E\d+ \(Jumlah agen perubahan\) harus bilangan bulat 0 atau lebih\.$/),
      "B.I.a: Nilai indeks survei harus antara 0,00 dan 4,00",
      "A.II.4.1.a.2: Jumlah wajib diisi (Jumlah sasaran kinerja yang tercapai 100% atau lebih)",
      expect.stringMatching(/^Z\.9\.9: Kode 'Z\.9\.9' tidak dikenal pada katalog LKE ini \(baris \d+\)\.$/),
      expect.stringMatching(/^A\.I\.1\.3\.a: Kode A\.I\.1\.3\.a muncul lebih dari sekali \(baris \d+ dan \d+\); hapus salah satunya\.$/),
      ": Baris berisi jawaban tetapi kolom Kode kosong; jawaban ini tidak dapat ditempatkan.",
    ]));
    expect(preview.problems).toHaveLength(10);
    expect(preview.problems.every((p) => p.row !== null && p.row > 8)).toBe(true);
    const error = await rejectionOf(apply(world.users.memberA, preview.importId));
    expect(error?.message).toBe("Berkas masih memiliki 10 masalah. Perbaiki berkas lalu unggah ulang; tidak ada yang disimpan.");
    const after = await snapshotWritableState();
    expect(after).toEqual(before);
  });

  it("a count over the cap and counts that break the catalogue's rule are named at their row; nothing is written", async () => {
    const rows = new Map<string, number>();
    const file = await editedExport(world.users.memberA, "asm-a", (row) => {
      const set = (code: string, value: number) => {
        row(code).getCell(COLUMN.selfAnswer).value = value;
        rows.set(code, row(code).number);
      };
      // 6 in progress + 5 settled complaints, of 10 to be handled.
      set("A.II.5.2.a.1", 10);
      set("A.II.5.2.a.2", 6);
      set("A.II.5.2.a.3", 5);
      set("A.II.3.3.a.1", 10_000_001);
      set("A.II.3.3.a.2", 1);
      set("A.II.3.3.a.3", 1);
      // Exactly the cap, and a part equal to its total: allowed.
      set("A.II.4.1.a.1", 10_000_000);
      set("A.II.4.1.a.2", 10_000_000);
    });
    const before = await snapshotWritableState();
    const preview = await previewOf(world.users.memberA, "asm-a", file);
    expect(preview.problems).toEqual([
      { row: rows.get("A.II.3.3.a.1"), code: "A.II.3.3.a.1", message: "Jumlah paling banyak 10.000.000 (Jumlah pelanggaran tahun sebelumnya)" },
      {
        row: rows.get("A.II.5.2.a.2"), code: "A.II.5.2.a.2",
        message: "Pengaduan yang sedang diproses ditambah yang selesai ditindaklanjuti tidak boleh melebihi pengaduan yang harus ditindaklanjuti (11 lebih dari 10)",
      },
    ]);
    expect(preview.changes.map((c) => c.code)).toEqual(["A.II.4.1.a"]);
    const error = await rejectionOf(apply(world.users.memberA, preview.importId));
    expect(error?.message).toBe("Berkas masih memiliki 2 masalah. Perbaiki berkas lalu unggah ulang; tidak ada yang disimpan.");
    expect(await snapshotWritableState()).toEqual(before);
    expect(await prisma.answer.count()).toBe(0);
  });

  it("an item locked in the revision stage is a problem only when the file changes it", async () => {
    await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" });
    await answer(world, world.users.memberA, "A.I.1.1.b", { optionKey: "B" });
    await setStatus("REVISION_REQUESTED", { revisionRound: 1 });
    await flagItem(world, "A.I.1.1.b");
    const file = await editedExport(world.users.memberA, "asm-a", (row) => {
      row("A.I.1.1.a").getCell(COLUMN.selfAnswer).value = "TIDAK";
      row("A.I.1.1.b").getCell(COLUMN.selfAnswer).value = "A";
    });
    const preview = await previewOf(world.users.memberA, "asm-a", file);
    expect(preview.changes.map((c) => c.code)).toEqual(["A.I.1.1.b"]);
    expect(preview.problems).toEqual([{ row: expect.any(Number), code: "A.I.1.1.a", message: expect.stringContaining("terkunci pada tahap perbaikan") }]);
  });
});

describe("applying a preview", () => {
  it("refuses, writing nothing, when an item changed after the preview", async () => {
    const file = await plainWorkbook(["Kode", "Jawaban"], [["A.I.1.1.a", "YA"], ["A.I.1.1.b", "A"]]);
    const preview = await previewOf(world.users.memberA, "asm-a", file);
    await answer(world, world.users.memberA2, "A.I.1.1.b", { optionKey: "C" });
    const before = await snapshotWritableState();
    const error = await rejectionOf(apply(world.users.memberA, preview.importId));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error?.message).toBe("Butir A.I.1.1.b diubah setelah pratinjau dibuat. Tidak ada yang disimpan; unggah ulang berkas untuk pratinjau baru.");
    expect(await snapshotWritableState()).toEqual(before);
  });

  it("refuses when the LKE was submitted after the preview", async () => {
    const preview = await previewOf(world.users.memberA, "asm-a", await plainWorkbook(["Kode", "Jawaban"], [["A.I.1.1.a", "YA"]]));
    await setStatus("SUBMITTED");
    const error = await rejectionOf(apply(world.users.memberA, preview.importId));
    expect(error?.message).toContain("Butir A.I.1.1.a: LKE sudah dikirim");
    expect(await prisma.answer.count()).toBe(0);
  });

  it("belongs to its uploader and expires", async () => {
    const preview = await previewOf(world.users.memberA, "asm-a", await plainWorkbook(["Kode", "Jawaban"], [["A.I.1.1.a", "YA"]]));
    expect(await rejectionOf(apply(world.users.memberA2, preview.importId))).toBeInstanceOf(NotFoundError);
    await prisma.workbookImport.update({ where: { id: preview.importId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await rejectionOf(apply(world.users.memberA, preview.importId)))?.message).toContain("sudah kedaluwarsa");
    expect(await prisma.answer.count()).toBe(0);
  });
});
