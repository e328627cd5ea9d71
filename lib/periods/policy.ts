import { InvalidStateError } from "@/lib/errors";
import type { PeriodStatus } from "@/lib/generated/prisma/enums";

// What may change in a period once it exists. Who may change it is decided by
// authorizePeriod (lib/access/period-access.ts).

export function assertPeriodChangeable(status: PeriodStatus, what: "units" | "windows") {
  if (status !== "CLOSED" && status !== "ARCHIVED") return;
  throw new InvalidStateError(
    what === "units"
      ? "Periode sudah ditutup; unit peserta tidak dapat ditambah."
      : "Periode sudah ditutup; jadwal tahapan tidak dapat diubah.",
  );
}

/**
 * Answers, evidence, reviews, notes, the LHE and the plan of a CLOSED or ARCHIVED period stay as
 * they were when it closed. The status comes with the assessment's access proof (no extra query).
 */
export function assertPeriodOpenForWork(access: { periodStatus: PeriodStatus }) {
  if (access.periodStatus !== "CLOSED" && access.periodStatus !== "ARCHIVED") return;
  throw new InvalidStateError("Periode sudah ditutup; jawaban, bukti dukung, evaluasi dan rencana aksi tidak dapat diubah lagi.");
}
