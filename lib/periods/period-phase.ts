import type { PeriodStatus } from "@/lib/generated/prisma/enums";

// What a period's badge says. The stored status only says whether an admin has closed the period;
// whether it runs follows from its windows and today's date. Pure: the queries and tests share it.

export type TPeriodPhase = "DRAFT" | "UNSCHEDULED" | "SCHEDULED" | "RUNNING" | "ENDED" | "CLOSED" | "ARCHIVED";

export const PERIOD_PHASE_LABEL: Record<TPeriodPhase, string> = {
  DRAFT: "Draf",
  UNSCHEDULED: "Belum dijadwalkan",
  SCHEDULED: "Belum dibuka",
  RUNNING: "Dibuka",
  ENDED: "Semua tahapan selesai",
  CLOSED: "Ditutup",
  ARCHIVED: "Diarsipkan",
};

export const PERIOD_PHASE_TONE: Record<TPeriodPhase, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  UNSCHEDULED: "bg-amber-100 text-amber-900",
  SCHEDULED: "bg-sky-100 text-sky-900",
  RUNNING: "bg-emerald-100 text-emerald-900",
  ENDED: "bg-slate-100 text-slate-800",
  CLOSED: "bg-slate-200 text-slate-800",
  ARCHIVED: "bg-slate-200 text-slate-700",
};

/** "Dibuka" only from the first window's opening to the last window's closing. */
export function periodPhase(status: PeriodStatus, windows: readonly { opensAt: Date; closesAt: Date }[], now: Date): TPeriodPhase {
  if (status === "DRAFT" || status === "CLOSED" || status === "ARCHIVED") return status;
  if (windows.length === 0) return "UNSCHEDULED";
  const t = now.getTime();
  if (t < Math.min(...windows.map((w) => w.opensAt.getTime()))) return "SCHEDULED";
  if (t > Math.max(...windows.map((w) => w.closesAt.getTime()))) return "ENDED";
  return "RUNNING";
}
