import fs from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { prisma } from "@/lib/db";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { planPdf } from "@/lib/plans/plan-export";
import { realiseStep } from "@/lib/plans/realise-step";
import { resetDatabase } from "@/tests/support/db";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { addStep } from "@/tests/support/plan-helpers";

// The plan as a PDF, read back as text (what a reader can select and copy) and counted in pages.
// Set DOCS_PDF_OUT=/some/dir to keep the file for a look.

let world: TWorld;
useFixedClock("2026-03-15T03:00:00Z");

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

async function rendered(user = world.users.memberA) {
  const { buffer, fileName } = await planPdf(await authorizeAssessment(user, "asm-a", "assessment.read"));
  if (process.env.DOCS_PDF_OUT) fs.writeFileSync(`${process.env.DOCS_PDF_OUT}/${fileName}`, buffer);
  expect(buffer.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const page = await pdf.getPage(1);
  const [width, height] = [page.view[2]!, page.view[3]!];
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { fileName, pages: totalPages, width, height, text: text.replace(/\s+/g, " ") };
}

describe("rencana aksi as PDF (A4 landscape, seed 002 grid)", () => {
  it("prints title, areas with their progress, indicators, steps with marks per month, and the unit head's signature", async () => {
    const { memberA } = world.users;
    await prisma.user.update({ where: { id: "head-a" }, data: { nip: "198012082003122001" } });
    const first = await addStep(world, memberA, "A.I.1.1", { plannedMonths: [1, 2, 4], description: "Rapat pembentukan Tim Kerja", plannedOutput: "Undangan dan notula rapat" });
    await addStep(world, memberA, "A.I.1.1", { plannedMonths: [3], description: "Pengesahan Tim Kerja", plannedOutput: "SK Tim Kerja", personInChargeId: "head-a", targetDate: "2026-03-31" });
    await addStep(world, memberA, "A.I.2.1", { plannedMonths: [6], description: "Menyusun SOP kegiatan utama", plannedOutput: "Dokumen SOP", targetDate: "2026-06-30" });
    await realiseStep(memberA, { stepId: first.id, month: 1, note: "Rapat 12 Januari" });

    const { fileName, pages, width, height, text } = await rendered();
    expect(fileName).toBe("rencana-aksi-zi-unit-unit-a-2026.pdf");
    expect(pages).toBe(1);
    // A4 landscape: 842 x 595 points.
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    expect(text).toContain("RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS");
    expect(text).toContain("UNIT UNIT-A TAHUN 2026");
    expect(text).toContain("JAN FEB MAR APR MEI JUN JUL AGU SEP OKT NOV DES");
    // Per area its progress (15 March: January done, February late, April and March still ahead).
    expect(text).toMatch(/A\.I\.1 Manajemen Perubahan 2 langkah · 1 dari 4 bulan rencana terealisasi \(25,00%\) · 1 terlambat/);
    expect(text).toMatch(/A\.I\.2 Penataan Tatalaksana 1 langkah · 0 dari 1 bulan rencana terealisasi \(0,00%\)/);
    expect(text).toContain("Kemajuan seluruh rencana: 3 langkah · 1 dari 5 bulan rencana terealisasi (20,00%) · 1 terlambat");
    // Indicator on its first step's row, the steps numbered, person, target and the month marks in order.
    expect(text).toMatch(/A\.I\.1\.1 Penyusunan Tim Kerja 1\. Rapat pembentukan Tim Kerja Undangan dan notula rapat User member-a 28 Februari 2026 V ! ○/);
    expect(text).toMatch(/2\. Pengesahan Tim Kerja SK Tim Kerja User head-a 31 Maret 2026 ○/);
    expect(text).toMatch(/A\.I\.2\.1 .*1\. Menyusun SOP kegiatan utama Dokumen SOP User member-a 30 Juni 2026 ○/);
    expect(text).toContain("Tanda: ○ direncanakan · V terealisasi");
    // The signature block: the day in the unit's zone, the head's title, name and NIP.
    expect(text).toMatch(/Ditetapkan di : \.+ Pada tanggal : 15 Maret 2026 Kepala Unit unit-a User head-a NIP\. 19801208 200312 2 001/);
  });

  it("prints an empty plan with a note and a signature block left to fill when the unit has no head", async () => {
    await prisma.roleAssignment.deleteMany({ where: { userId: "head-a" } });
    const { text } = await rendered();
    expect(text).toContain("Belum ada langkah aksi.");
    expect(text).toContain("Kepala Unit unit-a (....................................) NIP. -");
  });
});
