import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getAssessmentHeader } from "@/lib/assessments/queries";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { getLhe } from "@/lib/review/lhe-store";
import { REVIEWABLE } from "@/lib/review/policy";
import { orNotFound } from "@/lib/page-guard";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { LheDocument } from "@/components/review/lhe-document";
import { LheEditor } from "@/components/review/lhe-editor";
import { TransitionButton } from "@/components/review/transition-button";
import { FinalizeChecklist } from "@/components/review/finalize-checklist";
import { getFinalizeReadiness } from "@/lib/review/finalize-checklist";
import { DocumentLinks } from "@/components/documents/document-links";

export const metadata: Metadata = { title: "Susun LHE" };

export default async function LheDraftPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requireUser();
  // The lead evaluator's page: other team members review items, the lead writes the LHE.
  const access = await orNotFound(authorizeAssessment(user, assessmentId, "review.lead"));
  const [header, lhe, checklist] = await Promise.all([getAssessmentHeader(access), getLhe(access), getFinalizeReadiness(access)]);
  const editable = REVIEWABLE.includes(access.status);
  return (
    <div className="space-y-6">
      <AssessmentHeading header={header} crumb="Susun LHE" readOnly={!editable} />
      {editable ? (
        <>
          <section aria-labelledby="rekomendasi" className="space-y-3">
            <h2 id="rekomendasi" className="text-lg font-semibold">Rekomendasi per area</h2>
            <p className="text-sm text-slate-600">Draf disusun dari butir dengan selisih nilai terbesar; sunting sebelum finalisasi.</p>
            <LheEditor assessmentId={assessmentId} areas={lhe.areas} />
          </section>
          <section aria-labelledby="finalisasi" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="finalisasi" className="text-lg font-semibold">Finalisasi</h2>
            <h3 className="font-semibold">Kesiapan finalisasi</h3>
            <FinalizeChecklist assessmentId={assessmentId} checklist={checklist} />
            {access.status !== "IN_REVIEW" ? (
              <p className="text-sm text-slate-700">Finalisasi dapat dilakukan saat penilaian dalam evaluasi TPI.</p>
            ) : (
              <TransitionButton assessmentId={assessmentId} action="finalize" statusVersion={access.statusVersion} label="Finalisasi penilaian" confirmLabel="Ya, finalisasi"
                confirmText="Setelah final, penilaian terkunci dan LHE tidak dapat diubah. Lanjutkan?" />
            )}
          </section>
        </>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <p className="text-sm"><Link href={`/lke/${assessmentId}/lhe`} className="text-brand-700 underline">Lihat LHE siap cetak</Link></p>
        <DocumentLinks assessmentId={assessmentId} status={access.status} isEvaluator only={["lhe", "berita-acara"]} />
      </div>
      <LheDocument lhe={lhe} />
    </div>
  );
}
