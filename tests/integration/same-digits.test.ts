import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import { getDashboardContext, isReady } from "@/lib/dashboard/get-dashboard-context";
import { listDashboardUnits } from "@/lib/dashboard/list-dashboard-units";
import { parseUnitQuery } from "@/lib/dashboard/schemas";
import { exportColumns } from "@/lib/dashboard/export-columns";
import { toCsv } from "@/lib/dashboard/to-csv";
import { toXlsx } from "@/lib/dashboard/to-xlsx";
import { renderDocument } from "@/lib/documents/render-document";
import { formatScore } from "@/lib/format";
import { getOverviewScores } from "@/lib/review/overview-scores";
import { Rational } from "@/lib/scoring/rational";
import { lkeWorkbookBuffer } from "@/lib/workbook/build-lke-workbook";
import { COLUMN, letter, LKE_SHEET, SUMMARY_SHEET } from "@/lib/workbook/layout";
import { loadLkeWorkbookData } from "@/lib/workbook/load-workbook-data";
import { planRows } from "@/lib/workbook/row-plan";
import { resetDatabase } from "@/tests/support/db";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { answer, createReviewWorld, setStatus, type TReviewWorld } from "@/tests/support/review-world";
import { computeWorkbook } from "@/tests/support/spreadsheet-engine";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { authorizeDashboard } from "@/lib/access/dashboard-access";

// Issue 8 point 14: every figure the product shows or exports is the exact score rounded once,
// half up, by lib/format.ts. One answer set whose figures sit exactly halfway between two
// hundredths (IPAK 2.84 scores 12.425 points, the total 12.675: floating point gives
// 12.424999... and 12.674999..., shown 12,42 and 12,67), saved through the real save path,
// then read from the overview, the dashboard table, its CSV and XLSX, the LKE workbook (cached
// results and a spreadsheet engine recalculating its formulas), the LKE PDF and the LHE PDF.

useFixedClock("2026-03-10T03:00:00Z");
let world: TReviewWorld;

/** "1.234,57" (the page) as "1234.57" (CSV, and how a spreadsheet prints "0.00"). */
const digits = (shown: string) => shown.replace(/\./g, "").replace(",", ".");
/** A spreadsheet prints a number with 15 significant digits, then rounds it to the cell's 2 decimals. */
const spreadsheetShows = (value: unknown) => Rational.parse(Number(value).toPrecision(15)).toFixed(2);

async function pdfText(bytes: Buffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

beforeAll(async () => {
  await resetDatabase();
  world = await createReviewWorld();
  await answer(world, world.users.memberA, "B.I.a", { surveyIndex: 2.84 });
  await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" });
}, 120_000);

describe("a score exactly halfway between two hundredths prints the same digits everywhere", () => {
  it("overview, dashboard table, CSV, XLSX (dashboard and LKE workbook), LKE and LHE PDF", async () => {
    const { self } = await getOverviewScores(await authorizeAssessment(world.users.memberA, "asm-a", "assessment.read"));
    // The exact figures, and what the page shows.
    expect([self.total, self.nodes["B.I"]!.score]).toEqual(["507/40", "497/40"]);
    expect(17.5 * (2.84 / 4) + 0.25).toBeLessThan(12.675);
    const shown = { total: formatScore(self.total), ipak: formatScore(self.nodes["B.I"]!.score) };
    expect(shown).toEqual({ total: "12,68", ipak: "12,43" });

    // The dashboard's unit table, its CSV and its XLSX.
    const context = await getDashboardContext(await authorizeDashboard(world.users.leaderRegion), "p2026");
    if (!isReady(context)) throw new Error("no period");
    const { rows, areas } = await listDashboardUnits(context, parseUnitQuery({}), true);
    const index = rows.findIndex((r) => r.assessmentId === "asm-a");
    const row = rows[index]!;
    expect(formatScore(row.selfTotal)).toBe(shown.total);
    expect(formatScore(row.areas["B.I"]?.self?.score ?? "0")).toBe(shown.ipak);
    const columns = exportColumns(areas);
    const totalColumn = columns.findIndex((c) => c.header === "Nilai mandiri");
    const ipakColumn = columns.findIndex((c) => c.header.startsWith("B.I ") && c.header.endsWith("(mandiri)"));
    expect(ipakColumn).toBeGreaterThan(-1);
    const csvRow = toCsv(columns, rows).replace(/^\uFEFF/, "").split("\r\n")[index + 1]!.split(",");
    expect([csvRow[totalColumn], csvRow[ipakColumn]]).toEqual([digits(shown.total), digits(shown.ipak)]);
    const dashboardBook = new ExcelJS.Workbook();
    await dashboardBook.xlsx.load((await toXlsx(columns, rows, { title: "uji", generatedAt: new Date() })) as unknown as ArrayBuffer);
    const cells = dashboardBook.getWorksheet("Unit")!.getRow(index + 2);
    expect([spreadsheetShows(cells.getCell(totalColumn + 1).value), spreadsheetShows(cells.getCell(ipakColumn + 1).value)])
      .toEqual([digits(shown.total), digits(shown.ipak)]);

    // The LKE workbook: the results it carries, and its formulas recalculated by a spreadsheet engine.
    const buffer = await lkeWorkbookBuffer(await loadLkeWorkbookData(await authorizeAssessment(world.users.memberA, "asm-a", "assessment.read"), "http://localhost"));
    const plan = planRows(world.loaded.catalogue.components);
    const total = `${letter(COLUMN.selfPoints)}${plan.totalRow}`;
    const ipak = `${letter(COLUMN.selfPoints)}${plan.rowOfNode.get("B.I")}`;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const cached = (sheet: string, address: string) => (workbook.getWorksheet(sheet)!.getCell(address).value as { result: number }).result;
    const recalculated = await computeWorkbook(buffer);
    for (const [sheet, address, expected] of [[LKE_SHEET, total, shown.total], [LKE_SHEET, ipak, shown.ipak], [SUMMARY_SHEET, "D4", shown.total]] as const) {
      expect(spreadsheetShows(cached(sheet, address)), `${sheet}!${address} cached`).toBe(digits(expected));
      expect(spreadsheetShows(recalculated.value(sheet, address)), `${sheet}!${address} recalculated`).toBe(digits(expected));
    }

    // The LKE printout, as a reader selects its text.
    const lke = await pdfText((await renderDocument(world.users.memberA, "asm-a", "lke")).bytes);
    expect(lke).toContain(`NILAI TOTAL ${shown.total}`);
    expect(lke).toContain(`B.I Birokrasi yang bersih dan akuntabel ${shown.ipak} bobot 22,50`);

    // The LHE while the TPI reviews: the unit's scores beside the TPI's (none yet).
    await setStatus("IN_REVIEW", { statusVersion: 2 });
    const lhe = await pdfText((await renderDocument(world.users.evaluator, "asm-a", "lhe")).bytes);
    expect(lhe).toContain(`NILAI TOTAL 100,00 ${shown.total} 0,00`);
    expect(lhe).toContain(`(nilai penilaian mandiri unit: ${shown.total})`);
    expect(lhe).toContain(`B.I Birokrasi yang bersih dan akuntabel 22,50 ${shown.ipak} 0,00`);
  }, 120_000);
});
