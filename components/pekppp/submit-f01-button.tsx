"use client";

import { transitionAction } from "@/lib/review/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

/** The unit head sends F-01 to the evaluation team (the LKE's own "submit" transition). */
export function SubmitF01Button({ assessmentId, statusVersion }: { assessmentId: string; statusVersion: number }) {
  return (
    <ConfirmButton label="Kirim F-01" confirmText="Setelah dikirim, F-01 tidak dapat diubah dan tim evaluator mulai menilai. Lanjutkan?"
      run={() => transitionAction({ assessmentId, action: "submit", expectedStatusVersion: statusVersion, acknowledgeIncomplete: true })} />
  );
}
