import type { PeriodStatus, Stage } from "@/lib/generated/prisma/enums";

/** The four windows of a period, in the order they run. */
export const STAGES = ["SELF_ASSESSMENT", "REVIEW", "REVISION", "FINAL"] as const satisfies readonly Stage[];

export const STAGE_LABEL: Record<Stage, string> = {
  SELF_ASSESSMENT: "Penilaian mandiri",
  REVIEW: "Evaluasi TPI",
  REVISION: "Perbaikan",
  FINAL: "Finalisasi",
};

export const PERIOD_STATUS_LABEL: Record<PeriodStatus, string> = {
  DRAFT: "Draf",
  OPEN: "Dibuka",
  CLOSED: "Ditutup",
};

export const PERIOD_STATUS_TONE: Record<PeriodStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  OPEN: "bg-emerald-100 text-emerald-900",
  CLOSED: "bg-slate-200 text-slate-700",
};
