import type { Stage } from "@/lib/generated/prisma/enums";

/** The four windows of a period, in the order they run. */
export const STAGES = ["SELF_ASSESSMENT", "REVIEW", "REVISION", "FINAL"] as const satisfies readonly Stage[];

export const STAGE_LABEL: Record<Stage, string> = {
  SELF_ASSESSMENT: "Penilaian mandiri",
  REVIEW: "Evaluasi TPI",
  REVISION: "Perbaikan",
  FINAL: "Finalisasi",
};
