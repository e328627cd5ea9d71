import Link from "next/link";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { STATUS_LABEL } from "@/lib/assessments/status-labels";
import { QUEUE_STATUSES } from "@/lib/review/queue";

/** Status chips with counts; statuses no assigned unit is in are left out. */
export function QueueFilter({ current, counts, total }: { current: AssessmentStatus | null; counts: Record<AssessmentStatus, number>; total: number }) {
  const chip = (href: string, label: string, count: number, active: boolean) => (
    <li key={href}>
      <Link href={href} aria-current={active ? "page" : undefined}
        className={`inline-block rounded-full px-3 py-1.5 ${active ? "bg-brand-700 text-white" : "border border-slate-300 bg-white hover:border-brand-600"}`}>
        {label} <span className={active ? "" : "text-slate-500"}>({count})</span>
      </Link>
    </li>
  );
  return (
    <nav aria-label="Saring menurut status">
      <ul className="flex flex-wrap gap-2 text-sm">
        {chip("/evaluasi", "Semua", total, current === null)}
        {QUEUE_STATUSES.filter((s) => counts[s] > 0 || s === current).map((s) => chip(`/evaluasi?status=${s}`, STATUS_LABEL[s], counts[s], s === current))}
      </ul>
    </nav>
  );
}
