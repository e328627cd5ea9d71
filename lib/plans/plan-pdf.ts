import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import { formatDateIn } from "@/lib/format";
import { pageSetup, signatureBlock, type TSigner } from "@/lib/documents/pdf/layout";
import { MONTH_SHORT, type TCellState } from "@/lib/plans/plan-calendar";
import type { TGridArea, TPlanGrid, TPlanStep } from "@/lib/plans/plan-grid";
import { EXPECTED_PREFIX } from "@/lib/plans/import/plan-columns";
import { MARK_LEGEND, printedMark } from "@/lib/plans/plan-sheet";
import { progressText } from "@/lib/plans/progress-text";

// The rencana aksi on A4 landscape, as units sign it (seed 002): title with unit and year, per area
// a row with its progress, then its indicators and steps, a January-December grid of planned and
// realised marks, and the unit head's signature block under it. Pure: data in, definition out.

/** `printedAt`: the date of the signature line; the place is left for the head to write, as in the XLSX. */
export type TPlanPdfData = { grid: TPlanGrid; head: TSigner | null; printedAt: Date };

const FILL: Partial<Record<TCellState, string>> = { planned: "#dbeafe", done: "#d1fae5", late: "#fee2e2", extra: "#d1fae5" };
const AREA_FILL = "#e2e8f0";
const MONTH_WIDTH = 16;
const WIDTHS = [16, 82, "*", 104, 58, 56, ...MONTH_SHORT.map(() => MONTH_WIDTH)];
const COLUMNS = WIDTHS.length;

export function planPdfDefinition({ grid, head, printedAt }: TPlanPdfData): TDocumentDefinitions {
  const areas = grid.areas.filter((area) => area.progress.steps > 0);
  const body: TableCell[][] = [...headerRows(), ...areas.flatMap((area, index) => areaRows(area, index))];
  if (!areas.length) body.push([{ text: "Belum ada langkah aksi.", colSpan: COLUMNS, italics: true }, ...filler(COLUMNS - 1)]);
  return {
    ...pageSetup({ final: true, title: `Rencana aksi ZI ${grid.unitName} ${grid.year}`, landscape: true }),
    content: [
      { text: "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS MENUJU WILAYAH BEBAS DARI KORUPSI (WBK)/WILAYAH BIROKRASI BERSIH DAN MELAYANI (WBBM)", bold: true, alignment: "center", fontSize: 11 },
      { text: `${grid.unitName.toUpperCase()} TAHUN ${grid.year}`, bold: true, alignment: "center", fontSize: 11, margin: [0, 2, 0, 4] },
      { text: `Kemajuan seluruh rencana: ${progressText(grid.total)}`, alignment: "center", fontSize: 8.5, margin: [0, 0, 0, 6] },
      {
        table: { headerRows: 2, dontBreakRows: true, widths: WIDTHS, body },
        layout: { hLineWidth: () => 0.5, vLineWidth: () => 0.5, paddingLeft: () => 2, paddingRight: () => 2, paddingTop: () => 1.5, paddingBottom: () => 1.5 },
        fontSize: 7.5,
      },
      { text: MARK_LEGEND, italics: true, fontSize: 7.5, margin: [0, 4, 0, 0] },
      signature(grid, head, printedAt),
    ],
  };
}

const filler = (count: number): TableCell[] => Array.from({ length: count }, () => ({ text: "" }));
const headerCell = (text: string, extra: Record<string, unknown> = {}): TableCell => ({ text, bold: true, alignment: "center", fillColor: AREA_FILL, ...extra });

function headerRows(): TableCell[][] {
  const spanned = ["NO", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK/OUTPUT", "PENANGGUNG JAWAB", "TARGET"].map((text) => headerCell(text, { rowSpan: 2 }));
  return [
    [...spanned, headerCell("RENCANA DAN REALISASI WAKTU", { colSpan: 12 }), ...filler(11)],
    [...filler(spanned.length), ...MONTH_SHORT.map((month) => headerCell(month.toUpperCase(), { fontSize: 6.5 }))],
  ];
}

/** The area's row (number, title, progress), then one row per step; the indicator on its first step's row. */
function areaRows(area: TGridArea, index: number): TableCell[][] {
  const rows: TableCell[][] = [[
    { text: String(index + 1), bold: true, fillColor: AREA_FILL, alignment: "center" },
    { text: [{ text: `${area.code} ${area.title}`, bold: true }, { text: `   ${progressText(area.progress)}`, fontSize: 7 }], colSpan: COLUMNS - 1, fillColor: AREA_FILL },
    ...filler(COLUMNS - 2),
  ]];
  for (const indicator of area.indicators) {
    indicator.steps.forEach((step, stepIndex) => {
      rows.push(stepRow(step, stepIndex, stepIndex === 0 ? `${indicator.code} ${indicator.title}` : ""));
    });
  }
  return rows;
}

function stepRow(step: TPlanStep, index: number, indicator: string): TableCell[] {
  return [
    "", indicator, `${index + 1}. ${step.description}`,
    step.expectedLabel ? `${step.plannedOutput}\n${EXPECTED_PREFIX}${step.expectedLabel}` : step.plannedOutput,
    step.personName, formatDateIn(`${step.targetDate}T00:00:00Z`, "UTC"),
    ...step.cells.map((state): TableCell => ({ text: printedMark(state), alignment: "center", bold: state !== "planned", fillColor: FILL[state] })),
  ];
}

/** "Ditetapkan di ..., pada tanggal ...", then the unit head's title, room to sign, name and NIP. */
function signature(grid: TPlanGrid, head: TSigner | null, printedAt: Date): Content {
  const signer = head ?? { role: `Kepala ${grid.unitName}`, name: "(....................................)", nip: null };
  return {
    columns: [
      { width: "*", text: "" },
      {
        width: 230,
        stack: [
          { text: "Ditetapkan di : ...................." },
          { text: `Pada tanggal : ${formatDateIn(printedAt, grid.timeZone)}`, margin: [0, 0, 0, 4] },
          signatureBlock(signer),
        ],
      },
    ],
    unbreakable: true,
    margin: [0, 12, 0, 0],
  };
}
