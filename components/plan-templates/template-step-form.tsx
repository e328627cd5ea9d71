"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { createTemplateStepAction, updateTemplateStepAction } from "@/lib/plan-templates/actions";
import { ZTemplateStepFields, type TTemplateStepFields } from "@/lib/plan-templates/schemas";
import { StepFormFrame, useStepForm } from "@/components/plans/step-form-frame";

type TProps = {
  target: { kind: "create"; agencyId: string; nodeId: string } | { kind: "update"; stepId: string; version: number };
  initial: TTemplateStepFields;
  onClose: () => void;
};

/** A template step: what to do, the bukti fisik and the months, validated with the server's schema. */
export function TemplateStepForm({ target, initial, onClose }: TProps) {
  const state = useStepForm(zodResolver(ZTemplateStepFields), initial, (values: TTemplateStepFields) => target.kind === "create"
    ? createTemplateStepAction({ ...values, agencyId: target.agencyId, nodeId: target.nodeId })
    : updateTemplateStepAction({ ...values, stepId: target.stepId, expectedVersion: target.version }), onClose);
  return <StepFormFrame state={state} label={target.kind === "create" ? "Tambah langkah templat" : "Ubah langkah templat"} />;
}
