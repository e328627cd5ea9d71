"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createTemplateStepAction, updateTemplateStepAction } from "@/lib/plan-templates/actions";
import { ZTemplateStepFields, type TTemplateStepFields } from "@/lib/plan-templates/schemas";
import { MonthCheckboxes } from "@/components/plans/month-checkboxes";

type TProps = {
  target: { kind: "create"; agencyId: string; nodeId: string } | { kind: "update"; stepId: string; version: number };
  initial: TTemplateStepFields;
  onClose: () => void;
};

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 aria-[invalid=true]:border-red-600";

/** A template step: what to do, the bukti fisik and the months, validated with the server's schema. */
export function TemplateStepForm({ target, initial, onClose }: TProps) {
  const id = useId();
  const router = useRouter();
  const [serverError, setServerError] = useState<string>();
  const form = useForm<TTemplateStepFields>({ resolver: zodResolver(ZTemplateStepFields), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setServerError(undefined);
    const result = target.kind === "create"
      ? await createTemplateStepAction({ ...values, agencyId: target.agencyId, nodeId: target.nodeId })
      : await updateTemplateStepAction({ ...values, stepId: target.stepId, expectedVersion: target.version });
    if (!result.ok) {
      for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
        if (name in initial) form.setError(name as keyof TTemplateStepFields, { message });
      }
      return setServerError(result.message);
    }
    onClose();
    router.refresh();
  });

  const error = (name: keyof TTemplateStepFields) =>
    errors[name] ? <p id={`${id}-${name}-error`} className="mt-1 text-red-700">{errors[name]?.message}</p> : null;
  const described = (name: keyof TTemplateStepFields) => ({ "aria-invalid": errors[name] ? true : undefined, "aria-describedby": errors[name] ? `${id}-${name}-error` : undefined });

  return (
    <form onSubmit={submit} aria-label={target.kind === "create" ? "Tambah langkah templat" : "Ubah langkah templat"} aria-busy={isSubmitting}
      className="space-y-3 rounded-md border border-brand-100 bg-white p-3 text-sm">
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
