import { toDateInput, windowRange } from "@/lib/periods/window-dates";

const DAY = 86_400_000;

/** Windows as an admin sets them: from 00.00 WIB of the first day to 23.59 WIB of the last. */
const wholeDays = (from: number, to: number) => windowRange({ opensAt: toDateInput(new Date(from)), closesAt: toDateInput(new Date(to)) });

/** The demo periods' stages: all open now, closing one after the other. */
export function demoWindows(now: number) {
  return [
    { stage: "SELF_ASSESSMENT" as const, ...wholeDays(now - 30 * DAY, now + 60 * DAY) },
    { stage: "REVIEW" as const, ...wholeDays(now - 30 * DAY, now + 90 * DAY) },
    { stage: "REVISION" as const, ...wholeDays(now - 30 * DAY, now + 105 * DAY) },
    { stage: "FINAL" as const, ...wholeDays(now - 30 * DAY, now + 120 * DAY) },
  ];
}
