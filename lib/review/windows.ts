import { InvalidStateError } from "@/lib/errors";
import type { Stage } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/format";

export type TWindow = { stage: Stage; opensAt: Date; closesAt: Date };

export const STAGE_LABEL: Record<Stage, string> = {
  SELF_ASSESSMENT: "penilaian mandiri",
  REVIEW: "evaluasi TPI",
  REVISION: "perbaikan",
  FINAL: "finalisasi",
};

/** A stage without a window is not restricted by time. */
export function windowState(windows: readonly TWindow[], stage: Stage, now: Date): "open" | "not-yet" | "closed" {
  const window = windows.find((w) => w.stage === stage);
  if (!window) return "open";
  if (now < window.opensAt) return "not-yet";
  if (now > window.closesAt) return "closed";
  return "open";
}

export function assertWindowOpen(windows: readonly TWindow[], stage: Stage, now: Date) {
  const state = windowState(windows, stage, now);
  if (state === "open") return;
  const window = windows.find((w) => w.stage === stage)!;
  throw new InvalidStateError(
    state === "not-yet"
      ? `Tahap ${STAGE_LABEL[stage]} belum dibuka; dibuka ${formatDateTime(window.opensAt)}.`
      : `Tahap ${STAGE_LABEL[stage]} sudah ditutup pada ${formatDateTime(window.closesAt)}.`,
  );
}
