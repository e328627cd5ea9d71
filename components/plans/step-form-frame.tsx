"use client";

import { useId, useState, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm, type DefaultValues, type Path, type Resolver, type UseFormReturn } from "react-hook-form";
import { MonthCheckboxes } from "@/components/plans/month-checkboxes";

// What a unit's langkah aksi form and an agency template's step form share: the state (validated
// with the server's schema, field errors from the server shown at their field, closed and
// refreshed once saved) and the frame (step, bukti fisik, months, buttons). The unit's form adds
// its own fields (document, person in charge, date) in between.

/** The fields every step has, a unit's and a template's. */
type TCommonStepFields = { description: string; plannedOutput: string; plannedMonths: number[] };
type TSendResult = { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string> };

export const STEP_FIELD_CLASS = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 aria-[invalid=true]:border-red-600";

export type TStepForm<T extends TCommonStepFields> = ReturnType<typeof useStepForm<T>>;

export function useStepForm<T extends TCommonStepFields>(resolver: Resolver<T>, initial: T, send: (values: T) => Promise<TSendResult>, onClose: () => void) {
  const id = useId();
  const router = useRouter();
  const [serverError, setServerError] = useState<string>();
  const form = useForm<T>({ resolver, defaultValues: initial as DefaultValues<T> });

  const submit = form.handleSubmit(async (values) => {
    setServerError(undefined);
    const result = await send(values);
    if (!result.ok) {
      for (const [name, message] of Object.entries(result.fieldErrors ?? {})) {
        if (name in initial) form.setError(name as Path<T>, { message });
      }
      return setServerError(result.message);
    }
    onClose();
    router.refresh();
  });

  const errorOf = (name: Path<T>) => form.getFieldState(name, form.formState).error?.message;
  const error = (name: Path<T>) => (errorOf(name) ? <p id={`${id}-${name}-error`} className="mt-1 text-red-700">{errorOf(name)}</p> : null);
  const described = (name: Path<T>) => ({ "aria-invalid": errorOf(name) ? true : undefined, "aria-describedby": errorOf(name) ? `${id}-${name}-error` : undefined });
  return { id, form, submit, serverError, error, described, onClose };
}

type TFrameProps<T extends TCommonStepFields> = { state: TStepForm<T>; label: string; children?: ReactNode };

export function StepFormFrame<T extends TCommonStepFields>({ state, label, children }: TFrameProps<T>) {
  const { id, submit, serverError, onClose } = state;
  // The common fields by name: TypeScript cannot resolve a literal field name against an open T.
  const { form, error, described } = state as unknown as TStepForm<TCommonStepFields>;
  const { isSubmitting } = form.formState;
  return (
    <form onSubmit={submit} aria-label={label} aria-busy={isSubmitting} className="space-y-3 rounded-md border border-brand-100 bg-white p-3 text-sm">
      <div className="grid gap-3 md:grid-cols-2">
        <div>
          <label htmlFor={`${id}-description`} className="font-medium">Langkah aksi</label>
          <textarea id={`${id}-description`} rows={3} {...form.register("description")} {...described("description")} className={STEP_FIELD_CLASS} />
          {error("description")}
        </div>
        <div>
          <label htmlFor={`${id}-output`} className="font-medium">Bukti fisik yang direncanakan</label>
          <textarea id={`${id}-output`} rows={3} {...form.register("plannedOutput")} {...described("plannedOutput")} className={STEP_FIELD_CLASS} />
          {error("plannedOutput")}
        </div>
        {children}
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
