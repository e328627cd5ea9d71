import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { getAssessmentHeader } from "@/lib/assessments/queries";
import { orNotFound } from "@/lib/page-guard";
import { getMonevSummary } from "@/lib/plans/monev";
import { MONTH_LONG } from "@/lib/plans/plan-calendar";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { MonevNoteField } from "@/components/plans/monev-note-field";

export const metadata: Metadata = { title: "Monev rencana aksi" };

/** Monthly monev of the plan: the unit writes its notes; its evaluators and leaders read. */
export default async function MonevPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requireUser();
  const access = await orNotFound(authorizeAssessment(user, assessmentId, "assessment.read"));
  const [header, months] = await Promise.all([getAssessmentHeader(access), getMonevSummary(access)]);
  const writable = can(access, "plan.write");
  const shown = months.filter((m) => m.rows.length);

  return (
    <div className="space-y-4">
      <AssessmentHeading header={header} crumb="Monev rencana aksi" />
      <h2 className="text-lg font-semibold">Monitoring dan evaluasi bulanan rencana aksi</h2>
      {shown.length === 0 ? <p className="text-sm text-slate-600">Belum ada langkah aksi yang direncanakan.</p> : null}
      {shown.map((month) => (
        <section key={month.month} aria-labelledby={`bulan-${month.month}`} className="space-y-2 rounded-md border border-slate-200 bg-white p-3" data-testid={`monev-${month.month}`}>
          <h3 id={`bulan-${month.month}`} className="flex flex-wrap items-baseline justify-between gap-2 font-semibold">
            {MONTH_LONG[month.month - 1]}
            <span className="text-sm font-normal text-slate-700">Rencana {month.planned} · Terealisasi {month.done} · <span className={month.late ? "font-semibold text-red-700" : ""}>Terlambat {month.late}</span>{month.ended ? "" : " (bulan berjalan/akan datang)"}</span>
          </h3>
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <thead className="text-left text-xs text-slate-600">
                <tr><th scope="col" className="py-1 pr-2">Area</th><th scope="col" className="px-2">Rencana</th><th scope="col" className="px-2">Terealisasi</th><th scope="col" className="px-2">Terlambat</th><th scope="col" className="min-w-56 px-2">Catatan unit dan tindak lanjut</th></tr>
              </thead>
              <tbody>
                {month.rows.map((row) => (
                  <tr key={row.areaCode} className="border-t border-slate-100 align-top">
                    <th scope="row" className="py-1 pr-2 text-left font-normal"><span className="font-mono text-xs text-slate-500">{row.areaCode}</span> {row.areaTitle}</th>
                    <td className="px-2">{row.planned}</td>
                    <td className="px-2">{row.done}</td>
                    <td className={`px-2 ${row.late ? "font-semibold text-red-700" : ""}`}>{row.late}</td>
                    <td className="px-2">{writable
                      ? <MonevNoteField assessmentId={assessmentId} month={month.month} areaCode={row.areaCode} areaTitle={row.areaTitle} initial={row.note} />
                      : (row.note || <span className="text-slate-500">-</span>)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <p className="text-sm"><Link href={`/lke/${assessmentId}/rencana-aksi`} className="underline">Kembali ke rencana aksi</Link></p>
    </div>
  );
}
