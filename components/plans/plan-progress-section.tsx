import Link from "next/link";
import { formatInteger } from "@/lib/format";
import type { TPlanProgress } from "@/lib/plans/plan-progress";
import { Section } from "@/components/dashboard/section";
import { StatCard } from "@/components/dashboard/stat-card";

/** The leaders' view of the units' rencana aksi: on time, late, no plan; the latest units listed. */
export function PlanProgressSection({ progress }: { progress: TPlanProgress }) {
  return (
    <Section id="rencana-aksi" title="Rencana aksi unit" description="Langkah aksi terlambat: bulan rencana sudah lewat atau tanggal target terlampaui tanpa realisasi.">
      <div className="grid grid-cols-3 gap-3">
        <StatCard label="Sesuai jadwal" value={formatInteger(progress.onTime)} testId="plan-on-time" note="Unit tanpa langkah terlambat" />
        <StatCard label="Terlambat" value={formatInteger(progress.late)} testId="plan-late" note="Unit dengan langkah terlambat" />
        <StatCard label="Belum ada rencana" value={formatInteger(progress.noPlan)} testId="plan-none" note="Unit tanpa langkah aksi" />
      </div>
      {progress.lateUnits.length ? (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200 bg-white text-sm" aria-label="Unit dengan langkah aksi terlambat">
          {progress.lateUnits.map((unit) => (
            <li key={unit.assessmentId} className="flex flex-wrap justify-between gap-2 px-3 py-2">
              <Link href={`/lke/${unit.assessmentId}/rencana-aksi?status=terlambat`} className="text-brand-700 underline">{unit.unitName}</Link>
              <span className="text-red-800">{formatInteger(unit.late)} dari {formatInteger(unit.steps)} langkah terlambat</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}
