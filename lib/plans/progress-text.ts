import { formatPercent, shareOf } from "@/lib/format";
import type { TProgress } from "@/lib/plans/plan-grid";

/** How far an area (or the plan) is: realised planned months, and the late ones. The grid and the PDF say it alike. */
export function progressText(progress: TProgress): string {
  if (progress.steps === 0) return "Belum ada langkah aksi";
  const share = shareOf(progress.doneCells, progress.plannedCells);
  return `${progress.steps} langkah · ${progress.doneCells} dari ${progress.plannedCells} bulan rencana terealisasi (${formatPercent(share)})${progress.lateCells ? ` · ${progress.lateCells} terlambat` : ""}`;
}
