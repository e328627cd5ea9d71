import Link from "next/link";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import type { TCompleteness } from "@/lib/review/completeness";
import { SubmitPanel } from "@/components/review/submit-panel";
import { TransitionButton } from "@/components/review/transition-button";

type TProps = {
  assessmentId: string;
  status: AssessmentStatus;
  statusVersion: number;
  canSubmit: boolean;
  completeness: TCompleteness | null;
  sectionOf: Record<string, string>;
  revisionItems: { itemId: string; code: string; text: string; sectionCode: string }[];
  /** Sent, but no evaluator is assigned yet. */
  awaitingEvaluator: boolean;
};

/** What the unit should do next: submit, or fix the items the TPI sent back and resubmit. */
export function UnitWorkflowPanel({ assessmentId, status, statusVersion, canSubmit, completeness, sectionOf, revisionItems, awaitingEvaluator }: TProps) {
  if (status === "DRAFT") {
    return canSubmit && completeness ? <SubmitPanel assessmentId={assessmentId} statusVersion={statusVersion} completeness={completeness} sectionOf={sectionOf} /> : null;
  }
  if (awaitingEvaluator && status !== "REVISION_REQUESTED") {
    return (
      <section aria-labelledby="menunggu-penugasan" role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="awaiting-evaluator">
        <h2 id="menunggu-penugasan" className="text-lg font-semibold">Menunggu penugasan evaluator</h2>
        <p>LKE sudah dikirim, tetapi admin belum menugaskan evaluator TPI untuk unit ini. Evaluasi dimulai setelah evaluator ditugaskan; tidak ada yang perlu Anda lakukan sekarang.</p>
      </section>
    );
  }
  if (status !== "REVISION_REQUESTED") return null;
  return (
    <section aria-labelledby="perbaikan" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="revision-panel">
      <h2 id="perbaikan" className="text-lg font-semibold">TPI meminta perbaikan pada {revisionItems.length} butir</h2>
      <p className="text-sm">Hanya butir berikut yang dapat diubah. Baca catatan TPI, perbaiki jawaban atau bukti dukung, lalu balas catatannya.</p>
      <ul className="list-disc space-y-1 pl-5 text-sm">
        {revisionItems.map((item) => (
          <li key={item.itemId}>
            <Link href={`/lke/${assessmentId}/${item.sectionCode}#butir-${item.code}`} className="font-medium text-brand-700 hover:underline">{item.code}</Link> {item.text}
          </li>
        ))}
      </ul>
      {canSubmit ? (
        <TransitionButton assessmentId={assessmentId} action="resubmit" statusVersion={statusVersion} label="Kirim ulang ke TPI" confirmLabel="Ya, kirim ulang"
          confirmText="Kirim ulang LKE? Setelah dikirim, butir perbaikan tidak dapat diubah lagi." />
      ) : null}
    </section>
  );
}
