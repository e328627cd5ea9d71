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
