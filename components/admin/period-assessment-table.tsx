import Link from "next/link";
import type { TPeriodDetail } from "@/lib/periods/queries";
import { formatInteger, formatScore } from "@/lib/format";
import { StatusBadge } from "@/components/ui/status-badge";

/** The period's LKE per unit: status, progress and the stored self-assessment score. */
export function PeriodAssessmentTable({ assessments }: { assessments: TPeriodDetail["assessments"] }) {
  if (assessments.length === 0) return <p className="text-slate-600">Belum ada unit peserta.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">LKE unit peserta</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Unit</th>
            <th scope="col" className="px-3 py-2">Status</th>
            <th scope="col" className="px-3 py-2">Terjawab</th>
            <th scope="col" className="px-3 py-2 text-right">Nilai mandiri</th>
          </tr>
        </thead>
        <tbody>
          {assessments.map((a) => (
            <tr key={a.id} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={`/lke/${a.id}`} className="text-brand-700 underline-offset-2 hover:underline">{a.unit.name}</Link>
                <span className="block text-xs font-normal text-slate-500">{a.unit.level} · {a.unit.code}</span>
              </th>
              <td className="px-3 py-2"><StatusBadge status={a.status} /></td>
              <td className="px-3 py-2 tabular-nums">{formatInteger(a.answered)}/{formatInteger(a.itemCount)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{a.selfTotal === null ? "—" : formatScore(a.selfTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
