import "server-only";
import ExcelJS from "exceljs";
import { prisma } from "@/lib/db";
import { clock } from "@/lib/clock";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { findUnitHead } from "@/lib/documents/signers";
import { ALL_AREAS, getPlanGrid } from "@/lib/plans/plan-grid";
import { writePlanSheet } from "@/lib/plans/plan-sheet";
import { planFileName, planPdfName } from "@/lib/workbook/file-names";
import { renderPdf } from "@/lib/documents/pdf/render-pdf";
import { planPdfDefinition } from "@/lib/plans/plan-pdf";

/**
 * The whole rencana aksi of an assessment the caller is authorised to read (no filters), as an
 * XLSX in the seed 002 layout, with its download name.
 */
export async function planWorkbook(access: TAssessmentAccess): Promise<{ buffer: Buffer; fileName: string }> {
  const [grid, head] = await Promise.all([getPlanGrid(access, { area: ALL_AREAS }), findUnitHead(access, prisma)]);
  const exportedAt = clock.now();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Zona Integritas";
  workbook.created = exportedAt;
  workbook.title = `Rencana aksi ZI ${grid.unitName} ${grid.year}`;
  writePlanSheet(workbook, { grid, head, exportedAt });
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { buffer, fileName: planFileName(grid.unitName, grid.year) };
}

/** The same plan as a PDF on A4 landscape, signed by the unit head, with its download name. */
export async function planPdf(access: TAssessmentAccess): Promise<{ buffer: Buffer; fileName: string }> {
  const [grid, head] = await Promise.all([getPlanGrid(access, { area: ALL_AREAS }), findUnitHead(access, prisma)]);
  const buffer = await renderPdf(planPdfDefinition({ grid, head, printedAt: clock.now() }));
  return { buffer, fileName: planPdfName(grid.unitName, grid.year) };
}
