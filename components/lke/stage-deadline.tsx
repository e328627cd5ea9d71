import type { AssessmentStatus, Stage } from "@/lib/generated/prisma/enums";
import { STAGE_LABEL } from "@/lib/periods/labels";
import { formatDateTimeIn, zoneName } from "@/lib/format";
import { WINDOW_TIME_ZONE } from "@/lib/periods/window-dates";

/** The stage whose window matters to the unit in each status; none once final. */
const STAGE_OF_STATUS: Record<AssessmentStatus, Stage | null> = {
  DRAFT: "SELF_ASSESSMENT",
  SUBMITTED: "REVIEW",
  IN_REVIEW: "REVIEW",
  RESUBMITTED: "REVIEW",
  REVISION_REQUESTED: "REVISION",
  FINAL: null,
};

type TProps = {
  status: AssessmentStatus;
  windows: readonly { stage: Stage; opensAt: Date; closesAt: Date }[];
  /** The unit's zone: a Makassar team reads its deadline in WITA. */
  timeZone: string;
  now: Date;
};

/**
 * "Tahap Penilaian mandiri ditutup 23 November 2026 pukul 00.59 WITA (22 November 2026 pukul
 * 23.59 WIB)": in the unit's zone, and in the zone the window was set in when that differs.
 */
export function StageDeadline({ status, windows, timeZone, now }: TProps) {
  const stage = STAGE_OF_STATUS[status];
  const window = stage ? windows.find((w) => w.stage === stage) : undefined;
  if (!stage || !window) return null;
  const sameZone = zoneName(timeZone) === zoneName(WINDOW_TIME_ZONE);
  const when = (at: Date) => `${formatDateTimeIn(at, timeZone)}${sameZone ? "" : ` (${formatDateTimeIn(at, WINDOW_TIME_ZONE)})`}`;
  const text = now < window.opensAt ? `dibuka ${when(window.opensAt)}`
    : now <= window.closesAt ? `ditutup ${when(window.closesAt)}`
      : `telah ditutup ${when(window.closesAt)}`;
  return <p className="text-sm text-slate-700" data-testid="stage-deadline">Tahap {STAGE_LABEL[stage]} {text}.</p>;
}
