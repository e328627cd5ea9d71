import { z } from "zod";

export const NOTIFICATION_KINDS = ["LKE_SUBMITTED", "LKE_REVISION_REQUESTED", "LKE_RESUBMITTED", "LKE_FINALISED", "EVALUATOR_ASSIGNED", "DEADLINE", "PLAN_STEP_DUE"] as const;

export const KIND_LABEL: Record<(typeof NOTIFICATION_KINDS)[number], string> = {
  LKE_SUBMITTED: "LKE dikirim untuk dievaluasi",
  LKE_REVISION_REQUESTED: "Permintaan perbaikan dari TPI",
  LKE_RESUBMITTED: "LKE dikirim ulang",
  LKE_FINALISED: "Penilaian difinalisasi",
  EVALUATOR_ASSIGNED: "Penugasan sebagai evaluator TPI",
  DEADLINE: "Pengingat tenggat (3 hari, 1 hari, terlewat)",
  PLAN_STEP_DUE: "Pengingat langkah aksi rencana aksi bulan ini",
};

export const ZEmailPreference = z.object({ kind: z.enum(NOTIFICATION_KINDS), email: z.boolean() });
export type TEmailPreferenceInput = z.infer<typeof ZEmailPreference>;

export const ZMarkRead = z.object({ notificationId: z.string().min(1).max(64).optional() });
