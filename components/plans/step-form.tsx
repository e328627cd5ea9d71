"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { createStepAction, updateStepAction } from "@/lib/plans/actions";
import { ZStepFields, type TStepFields } from "@/lib/plans/schemas";
import { STEP_FIELD_CLASS, StepFormFrame, useStepForm } from "@/components/plans/step-form-frame";

type TProps = {
  /** A new step on this indicator, or a change to this step. */
  target: { kind: "create"; assessmentId: string; nodeId: string } | { kind: "update"; stepId: string; version: number };
  initial: TStepFields;
  people: { id: string; name: string }[];
  expectedDocuments: { value: string; label: string }[];
  onClose: () => void;
};

/** The fields of one langkah aksi, validated with the server's schema before it is sent. */
export function StepForm({ target, initial, people, expectedDocuments, onClose }: TProps) {
  const state = useStepForm(zodResolver(ZStepFields), initial, (values: TStepFields) => target.kind === "create"
    ? createStepAction({ ...values, assessmentId: target.assessmentId, nodeId: target.nodeId })
    : updateStepAction({ ...values, stepId: target.stepId, expectedVersion: target.version }), onClose);
  const { id, form, error, described } = state;

  return (
    <StepFormFrame state={state} label={target.kind === "create" ? "Tambah langkah aksi" : "Ubah langkah aksi"}>
      <div>
        <label htmlFor={`${id}-document`} className="font-medium">Dokumen yang diharapkan LKE (opsional)</label>
        <select id={`${id}-document`} {...form.register("expectedDocument")} {...described("expectedDocument")} className={STEP_FIELD_CLASS}>
          <option value="">Tidak terkait dokumen tertentu</option>
          {expectedDocuments.map((d) => <option key={d.value} value={d.value}>{d.label}</option>)}
        </select>
        {error("expectedDocument")}
      </div>
      <div className="grid grid-cols-2 gap-2">
        <div>
          <label htmlFor={`${id}-person`} className="font-medium">Penanggung jawab</label>
          <select id={`${id}-person`} {...form.register("personInChargeId")} {...described("personInChargeId")} className={STEP_FIELD_CLASS}>
            <option value="">Pilih pegawai</option>
            {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
          {error("personInChargeId")}
        </div>
        <div>
          <label htmlFor={`${id}-target`} className="font-medium">Tanggal target</label>
          <input id={`${id}-target`} type="date" {...form.register("targetDate")} {...described("targetDate")} className={STEP_FIELD_CLASS} />
          {error("targetDate")}
        </div>
      </div>
    </StepFormFrame>
  );
}
