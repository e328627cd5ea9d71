import type { Verdict } from "@/lib/generated/prisma/enums";

const LABEL: Record<Verdict, string> = { PENDING: "Belum dinilai", ACCEPTED: "Diterima", REVISION_REQUESTED: "Perlu perbaikan" };
const TONE: Record<Verdict, string> = {
  PENDING: "bg-slate-100 text-slate-800",
  ACCEPTED: "bg-emerald-100 text-emerald-900",
  REVISION_REQUESTED: "bg-amber-100 text-amber-900",
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONE[verdict]}`}>{LABEL[verdict]}</span>;
}
