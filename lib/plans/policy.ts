import { InvalidStateError } from "@/lib/errors";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";

// When may the plan change (who may is settled by the proof). The plan locks with the LKE: once
// the unit submits, its steps stay as submitted; realising them goes on all year.

export function planEditable(access: Pick<TAssessmentAccess, "status">): boolean {
  return access.status === "DRAFT";
}

export function assertPlanEditable(access: Pick<TAssessmentAccess, "status">) {
  if (!planEditable(access)) {
    throw new InvalidStateError("Rencana aksi terkunci karena LKE sudah dikirim; hanya realisasi langkah aksi yang masih dapat dicatat.");
  }
}
