import Link from "next/link";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

/** Where else this assessment can be looked at, depending on its stage and the viewer. */
export function AssessmentLinks({ assessmentId, status, isEvaluator, canPublish = false }: { assessmentId: string; status: AssessmentStatus; isEvaluator: boolean; canPublish?: boolean }) {
  const reviewed = status !== "DRAFT" && status !== "SUBMITTED";
  return (
    <nav aria-label="Tautan penilaian" className="no-print flex flex-wrap gap-2 text-sm">
      <Link href={`/lke/${assessmentId}/lembar-kerja`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5">Lembar kerja (semua butir)</Link>
      {isEvaluator ? <Link href={`/evaluasi/${assessmentId}`} className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white">Evaluasi TPI</Link> : null}
      <Link href={`/lke/${assessmentId}/rencana-aksi`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5">Rencana aksi</Link>
      {canPublish ? <Link href={`/lke/${assessmentId}/publikasi`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5">Publikasi halaman ZI</Link> : null}
      <Link href={`/lke/${assessmentId}/survei`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5">Survei SPAK/SPKP</Link>
      {reviewed ? <Link href={`/lke/${assessmentId}/perbandingan`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5">Nilai mandiri vs TPI</Link> : null}
      {status === "FINAL" || isEvaluator ? <Link href={`/lke/${assessmentId}/lhe`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5">Laporan Hasil Evaluasi</Link> : null}
    </nav>
  );
}
