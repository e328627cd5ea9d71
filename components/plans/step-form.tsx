"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createStepAction, updateStepAction } from "@/lib/plans/actions";
import { ZStepFields, type TStepFields } from "@/lib/plans/schemas";
import { MonthCheckboxes } from "@/components/plans/month-checkboxes";

type TProps = {
  /** A new step on this indicator, or a change to this step. */
  target: { kind: "create"; assessmentId: string; nodeId: string } | { kind: "update"; stepId: string; version: number };
  initial: TStepFields;
  people: { id: string; name: string }[];
  expectedDocuments: { value: string; label: string }[];
  onClose: () => void;
};

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 aria-[invalid=true]:border-red-600";

/** The fields of one langkah aksi, validated with the server's schema before it is sent. */
export function StepForm({ target, initial, people, expectedDocuments, onClose }: TProps) {
  const id = useId();
  const router = useRouter();
  const [serverError, setServerError] = useState<string>();
  const form = useForm<TStepFields>({ resolver: zodResolver(ZStepFields), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setServerError(undefined);
    const result = target.kind === "create"
      ? await createStepAction({ ...values, assessmentId: target.assessmentId, nodeId: target.nodeId })
      : await updateStepAction({ ...values, stepId: target.stepId, expectedVersion: target.version });
    if (!result.ok) {
      for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
        if (name in initial) form.setError(name as keyof TStepFields, { message });
      }
      return setServerError(result.message);
    }
    onClose();
    router.refresh();
  });

  const error = (name: keyof TStepFields) =>
    errors[name] ? <p id={`${id}-${name}-error`} className="mt-1 text-red-700">{errors[name]?.message}</p> : null;
  const described = (name: keyof TStepFields) => ({ "aria-invalid": errors[name] ? true : undefined, "aria-describedby": errors[name] ? `${id}-${name}-error` : undefined });

  return (
    <form onSubmit={submit} aria-label={target.kind === "create" ? "Tambah langkah aksi" : "Ubah langkah aksi"} className="space-y-3 rounded-md border border-brand-100 bg-white p-3 text-sm" aria-busy={isSubmitting}>
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <label htmlFor={`${id}-description`} className="font-medium">Langkah aksi</label>
          <textarea id={`${id}-description`} rows={3} {...form.register("description")} {...described("description")} className={field} />
          {error("description")}
        </div>
        <div>
          <label htmlFor={`${id}-output`} className="font-medium">Bukti fisik yang direncanakan</label>
          <textarea id={`${id}-output`} rows={3} {...form.register("plannedOutput")} {...described("plannedOutput")} className={field} />
          {error("plannedOutput")}
        </div>
        <div>
          <label htmlFor={`${id}-document`} className="font-medium">Dokumen yang diharapkan LKE (opsional)</label>
          <select id={`${id}-document`} {...form.register("expectedDocument")} {...described("expectedDocument")} className={field}>
            <option value="">Tidak terkait dokumen tertentu</option>
            {expectedDocuments.map((d) => <option key={d.value} value={d.value}>{d.label}</option>)}
          </select>
          {error("expectedDocument")}
        </div>
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label htmlFor={`${id}-person`} className="font-medium">Penanggung jawab</label>
            <select id={`${id}-person`} {...form.register("personInChargeId")} {...described("personInChargeId")} className={field}>
              <option value="">Pilih pegawai</option>
              {people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            </select>
            {error("personInChargeId")}
          </div>
          <div>
            <label htmlFor={`${id}-target`} className="font-medium">Tanggal target</label>
            <input id={`${id}-target`} type="date" {...form.register("targetDate")} {...described("targetDate")} className={field} />
            {error("targetDate")}
          </div>
        </div>
      </div>
      <fieldset {...described("plannedMonths")}>
        <legend className="font-medium">Rencana pelaksanaan (bulan)</legend>
        <Controller control={form.control} name="plannedMonths" render={({ field: months }) => <MonthCheckboxes value={months.value} onChange={months.onChange} />} />
        {error("plannedMonths")}
      </fieldset>
      {serverError ? <p role="alert" className="text-red-700">{serverError}</p> : null}
      <div className="flex gap-2">
        <button type="submit" disabled={isSubmitting} className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
          {isSubmitting ? "Menyimpan..." : "Simpan langkah"}
        </button>
        <button type="button" onClick={onClose} className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100">Batal</button>
      </div>
    </form>
  );
}
