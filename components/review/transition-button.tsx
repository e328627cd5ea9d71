"use client";

import { transitionAction } from "@/lib/review/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";

type TProps = {
  assessmentId: string;
  action: "requestRevision" | "resubmit" | "finalize";
  statusVersion: number;
  label: string;
  confirmText: string;
  confirmLabel: string;
  tone?: "primary" | "warning";
};

/** A review workflow transition behind an explicit confirmation. */
export function TransitionButton({ assessmentId, action, statusVersion, ...button }: TProps) {
  return <ConfirmButton {...button} run={() => transitionAction({ assessmentId, action, expectedStatusVersion: statusVersion })} />;
}
