import { planWorkbook } from "@/lib/plans/plan-export";
import { planDownload } from "@/lib/plans/plan-download";
import { XLSX_TYPE } from "@/lib/workbook/http";

export const dynamic = "force-dynamic";

// GET /api/lke/<assessmentId>/rencana-aksi.xlsx: the unit's rencana aksi, for every reader of the assessment.
export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  return planDownload((await params).assessmentId, XLSX_TYPE, planWorkbook);
}
