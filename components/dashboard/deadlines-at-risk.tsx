import Link from "next/link";
import type { TDeadlinesAtRisk } from "@/lib/dashboard/get-deadlines-at-risk";
import { daysUntil, RISK_DAYS, RISK_PROGRESS } from "@/lib/dashboard/risk-rule";
import { STATUS_LABEL } from "@/lib/assessments/status-labels";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime, formatInteger, formatPercent, formatWholePercent } from "@/lib/format";

/** Units that will miss, or have missed, the self-assessment deadline. */
export function DeadlinesAtRisk({ risk, now, listHref }: { risk: TDeadlinesAtRisk; now: Date; listHref: string }) {
  const rule = `progres di bawah ${formatWholePercent(RISK_PROGRESS)} saat penilaian mandiri ditutup dalam ${RISK_DAYS} hari, atau masih Draf setelah ditutup`;
  if (risk.phase === "open") {
    return (
      <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600" data-testid="risk-none">
        Belum ada tenggat berisiko{risk.closesAt ? `: penilaian mandiri ditutup ${formatDateTime(risk.closesAt)} (${formatInteger(daysUntil(risk.closesAt, now))} hari lagi)` : ""}.
        <span className="block text-xs text-slate-500">Unit dianggap berisiko bila {rule}.</span>
      </p>
    );
  }
  const heading = risk.phase === "closed"
    ? `Penilaian mandiri telah ditutup ${formatDateTime(risk.closesAt!)}; unit berikut masih Draf.`
    : `Penilaian mandiri ditutup ${formatDateTime(risk.closesAt!)} (${formatInteger(daysUntil(risk.closesAt!, now))} hari lagi); unit berikut baru menjawab kurang dari ${formatWholePercent(RISK_PROGRESS)} butir.`;
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
      <p><span className="font-semibold" data-testid="risk-count">{formatInteger(risk.count)} unit</span> berisiko. {heading}</p>
      {risk.units.length ? (
        <ul className="mt-2 divide-y divide-amber-200">
          {risk.units.map((u) => (
            <li key={u.assessmentId} className="flex flex-wrap justify-between gap-2 py-1.5">
              <Link href={`/lke/${u.assessmentId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{u.unitName}</Link>
              <span className="text-slate-700">{u.regionName} · {STATUS_LABEL[u.status as AssessmentStatus]} · {formatInteger(u.answeredCount)}/{formatInteger(u.itemCount)} butir ({formatPercent(u.itemCount ? u.answeredCount / u.itemCount : 0)})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {risk.count > risk.units.length ? (
        <Link href={listHref} className="mt-2 inline-block text-brand-700 underline">Lihat semua {formatInteger(risk.count)} unit berisiko</Link>
      ) : null}
    </div>
  );
}
