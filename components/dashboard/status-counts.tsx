import Link from "next/link";
import { STATUS_LABEL, STATUS_TONE } from "@/lib/assessments/status-labels";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { STATUS_VALUES } from "@/lib/dashboard/schemas";
import { formatInteger, formatPercent } from "@/lib/format";

/** How many units stand at each step of the process; each count opens the filtered unit table. */
export function StatusCounts({ counts, total, hrefFor }: { counts: Record<AssessmentStatus, number>; total: number; hrefFor: (status: AssessmentStatus) => string }) {
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
      {STATUS_VALUES.map((status) => (
        <li key={status}>
          <Link href={hrefFor(status)} className="block rounded-lg border border-slate-200 bg-white p-3 hover:border-brand-600" data-testid={`status-count-${status}`}>
            <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_TONE[status]}`}>{STATUS_LABEL[status]}</span>
            <span className="mt-1 block text-2xl font-semibold tabular-nums">{formatInteger(counts[status])}</span>
            <span className="block text-xs text-slate-500">{total ? formatPercent(counts[status] / total) : "—"} dari unit</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
