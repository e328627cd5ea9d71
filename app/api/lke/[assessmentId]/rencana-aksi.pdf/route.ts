import { planPdf } from "@/lib/plans/plan-export";
import { planDownload } from "@/lib/plans/plan-download";

export const dynamic = "force-dynamic";

// GET /api/lke/<assessmentId>/rencana-aksi.pdf: the unit's rencana aksi on A4 landscape, for every
// reader of the assessment (the same rule as the XLSX beside it).
export async function GET(_request: Request, { params }: { params: Promise<{ assessmentId: string }> }) {
  return planDownload((await params).assessmentId, "application/pdf", planPdf);
}
