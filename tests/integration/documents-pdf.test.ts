import fs from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { prisma } from "@/lib/db";
import { formatScore } from "@/lib/format";
import { getLhe } from "@/lib/review/lhe-store";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { renderDocument } from "@/lib/documents/render-document";
import { NotFoundError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { answer, completeReview, createReviewWorld, setStatus, transition, type TReviewWorld } from "@/tests/support/review-world";

// The official PDFs, read back as text (what a reader can select and copy) and counted in pages.
// Set DOCS_PDF_OUT=/some/dir to keep the files for a look.

useFixedClock("2026-03-10T03:00:00Z");
let world: TReviewWorld;

async function pdfText(bytes: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text: text.replace(/\s+/g, " ") };
}

async function render(name: string, user = world.users.evaluator) {
  const { bytes, fileName } = await renderDocument(user, "asm-a", name);
  if (process.env.DOCS_PDF_OUT) fs.writeFileSync(`${process.env.DOCS_PDF_OUT}/${fileName}`, bytes);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  return { fileName, ...(await pdfText(bytes)) };
}

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
  await prisma.user.update({ where: { id: "evaluator" }, data: { nip: "198001012005011001" } });
  await prisma.user.update({ where: { id: "evaluator-member" }, data: { nip: "198502022010122002" } });
  await prisma.user.update({ where: { id: "head-a" }, data: { nip: "197503032000031003" } });
  await prisma.agencyDocumentSettings.create({
    data: {
      agencyId: "ag", letterheadLines: ["KEJAKSAAN REPUBLIK INDONESIA", "INSPEKTORAT TPI ZONA INTEGRITAS"], address: "Jl. Sultan Hasanuddin No. 1, Jakarta",
      place: "Makassar", lheNumberPattern: "LHE-{urut}/ZI/{bulan_romawi}/{tahun}", baNumberPattern: "BA-{urut}/{kode_unit}/{bulan}/{tahun}",
      approverTitle: "Inspektur Wilayah II", approverName: "Dr. Hendra Wijaya, S.H., M.H.", approverNip: "197001011995031001",
    },
  });
  await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" }, "SELF", "SK Tim Kerja Nomor 12 Tahun 2026");
  await answer(world, world.users.memberA, "A.I.1.3.b", { optionKey: "B" });
  await setStatus("IN_REVIEW", { statusVersion: 2 });
  await completeReview(world);
});

describe("the LHE, Berita Acara and LKE as PDF", () => {
  it("final LHE: unit, report number, every area score, the total and the predicate result, on A4 with page numbers", async () => {
    await transition(world.users.evaluator, "finalize");
    const lhe = await getLhe(await authorizeAssessment(world.users.evaluator, "asm-a", "assessment.read"));
    const { text, pages, fileName } = await render("lhe");
    expect(fileName).toBe("LHE-ZI-Unit-unit-a-2026.pdf");
    expect(text).toContain("KEJAKSAAN REPUBLIK INDONESIA");
    expect(text).toContain("LAPORAN HASIL EVALUASI");
    expect(text).toContain("PADA UNIT UNIT-A TAHUN 2026");
    expect(text).toContain("Nomor: LHE-1/ZI/III/2026");
    expect(text).toContain("Makassar, 10 Maret 2026");
    expect(text).not.toContain("DRAF");
    for (const area of lhe.areas) {
      const row = `${area.code} ${area.title} ${formatScore(area.weight)} ${formatScore(area.self)} ${formatScore(area.evaluator)}`;
      expect(text, `row of ${area.code}`).toContain(row);
    }
    expect(text).toContain(`NILAI TOTAL 100,00 ${formatScore(lhe.totals.self)} ${formatScore(lhe.totals.evaluator)}`);
    for (const predicate of lhe.predicates) {
      expect(text).toContain(`${predicate.label}: ${predicate.met ? "MEMENUHI SYARAT" : predicate.scoreRequirementsMet ? "SYARAT NILAI TERPENUHI" : "BELUM MEMENUHI SYARAT"}`);
      for (const r of predicate.requirements) expect(text).toContain(`${r.label} ${formatScore(r.actual)} ${formatScore(r.required)} ${r.met ? "Memenuhi" : "Belum memenuhi"}`);
    }
    expect(text).toContain("User evaluator NIP. 19800101 200501 1 001");
    expect(text).toContain("User evaluator-member NIP. 19850202 201012 2 002");
    expect(text).toContain("Dr. Hendra Wijaya, S.H., M.H. NIP. 19700101 199503 1 001");
    expect(text).toContain("Halaman 1 dari");
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(8);
  }, 60_000);

  it("Berita Acara: numbered, the date in words, the result per area and the signatures", async () => {
    await transition(world.users.evaluator, "finalize");
    const lhe = await getLhe(await authorizeAssessment(world.users.evaluator, "asm-a", "assessment.read"));
    const { text, pages } = await render("berita-acara", world.users.headA);
    expect(text).toContain("BERITA ACARA");
    expect(text).toContain("Nomor: BA-1/UNIT-A/03/2026");
    expect(text).toContain("Pada hari ini Selasa, tanggal sepuluh bulan Maret tahun dua ribu dua puluh enam (10 Maret 2026)");
    expect(text).toContain(`memperoleh nilai ${formatScore(lhe.totals.evaluator)}`);
    for (const area of lhe.areas) expect(text).toContain(`${area.code} ${area.title}`);
    expect(text).toContain("User head-a NIP. 19750303 200003 1 003");
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    const reports = await prisma.report.findMany({ where: { assessmentId: "asm-a" }, orderBy: { kind: "asc" }, select: { kind: true, number: true } });
    expect(reports).toEqual([{ kind: "LHE", number: "LHE-1/ZI/III/2026" }, { kind: "BERITA_ACARA", number: "BA-1/UNIT-A/03/2026" }]);
  }, 60_000);

  it("before finalisation the LHE is a DRAF without a number; the LKE printout lists every item", async () => {
    const draft = await render("lhe");
    expect(draft.fileName).toBe("LHE-ZI-Unit-unit-a-2026-DRAF.pdf");
    expect(draft.text).toContain("DRAF");
    expect(draft.text).toContain("Nomor: (diberikan saat finalisasi)");
    const lke = await render("lke");
    expect(lke.text).toContain("LEMBAR KERJA EVALUASI ZONA INTEGRITAS");
    for (const { item } of [...world.loaded.itemsById.values()]) expect(lke.text).toContain(item.code);
    expect(lke.text).toContain("SK Tim Kerja Nomor 12 Tahun 2026");
    expect(lke.pages).toBeGreaterThanOrEqual(8);
    expect(lke.pages).toBeLessThanOrEqual(60);
  }, 60_000);

  it("answers 404 to other units and unassigned evaluators", async () => {
    expect(await rejectionOf(renderDocument(world.users.memberB, "asm-a", "lhe"))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(renderDocument(world.users.outsider, "asm-a", "lke"))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(renderDocument(world.users.evaluator, "asm-a", "surat-lain"))).toBeInstanceOf(NotFoundError);
  });
});
