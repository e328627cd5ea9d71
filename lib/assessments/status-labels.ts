import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

export const STATUS_LABEL: Record<AssessmentStatus, string> = {
  DRAFT: "Draf",
  SUBMITTED: "Dikirim",
  IN_REVIEW: "Dalam evaluasi TPI",
  REVISION_REQUESTED: "Perlu perbaikan",
  RESUBMITTED: "Dikirim ulang",
  FINAL: "Final",
};

export const STATUS_TONE: Record<AssessmentStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  SUBMITTED: "bg-blue-100 text-blue-900",
  IN_REVIEW: "bg-indigo-100 text-indigo-900",
  REVISION_REQUESTED: "bg-amber-100 text-amber-900",
  RESUBMITTED: "bg-blue-100 text-blue-900",
  FINAL: "bg-emerald-100 text-emerald-900",
};
