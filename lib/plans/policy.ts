import { InvalidStateError } from "@/lib/errors";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { assertPeriodOpenForWork } from "@/lib/periods/policy";

// When may the plan change (who may is settled by the proof). The plan locks with the LKE: once
// the unit submits, its steps stay as submitted; realising them goes on all year.

export function planEditable(access: Pick<TAssessmentAccess, "status" | "periodStatus">): boolean {
  return access.status === "DRAFT" && access.periodStatus !== "CLOSED" && access.periodStatus !== "ARCHIVED";
}

export function assertPlanEditable(access: Pick<TAssessmentAccess, "status" | "periodStatus">) {
  assertPeriodOpenForWork(access);
  if (!planEditable(access)) {
    throw new InvalidStateError("Rencana aksi terkunci karena LKE sudah dikirim; hanya realisasi langkah aksi yang masih dapat dicatat.");
  }
}

export const REALISATION_CLOSED_MESSAGE = "Periode sudah ditutup; realisasi langkah aksi tidak dapat dicatat atau dibatalkan lagi.";

export function realisationOpen(access: Pick<TAssessmentAccess, "periodStatus">): boolean {
  return access.periodStatus !== "CLOSED" && access.periodStatus !== "ARCHIVED";
}

/** Realising (or taking it back) is refused only when the period is closed or archived. */
export function assertRealisationOpen(access: Pick<TAssessmentAccess, "periodStatus">) {
  if (!realisationOpen(access)) throw new InvalidStateError(REALISATION_CLOSED_MESSAGE);
}
