"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type UseFormRegister } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createAgencyAction } from "@/lib/agencies/actions";
import { ZCreateAgency, type TCreateAgencyInput } from "@/lib/agencies/schemas";
import type { TUnitDetailsInput } from "@/lib/units/schemas";
import { FieldError, FormMessage, inputClass, primaryButtonClass } from "@/components/admin/form-message";
import { applyServerErrors } from "@/components/admin/server-errors";
import { UnitDetailFields } from "@/components/units/unit-detail-fields";

const EMPTY: TCreateAgencyInput = { code: "", name: "", topUnit: { code: "", name: "", level: "Pusat", region: "", timeZone: "Asia/Jakarta" } };

/** Adds an agency with its top unit (installation admin). */
export function CreateAgencyForm() {
  const id = useId();
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string }>();
  const form = useForm<TCreateAgencyInput>({ resolver: zodResolver(ZCreateAgency), mode: "onTouched", defaultValues: EMPTY });
  const { register, handleSubmit, reset, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setOutcome(undefined);
    const result = await createAgencyAction(values);
    if (!result.ok) {
      applyServerErrors(form.setError, result.fieldErrors);
      return setOutcome({ tone: "error", text: result.message });
    }
    setOutcome({ tone: "success", text: `Instansi ${values.name} ditambahkan. Tambahkan admin instansinya di halaman Pengguna.` });
    reset(EMPTY);
    router.refresh();
  });
  // The top unit's fields are registered under "topUnit.".
  const registerUnit = ((name: keyof TUnitDetailsInput) => register(`topUnit.${name}`)) as unknown as UseFormRegister<TUnitDetailsInput>;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2" aria-busy={isSubmitting} aria-label="Tambah instansi">
      {(["name", "code"] as const).map((name) => (
        <div key={name}>
          <label htmlFor={`${id}-${name}`} className="block text-sm font-medium">{name === "name" ? "Nama instansi" : "Kode instansi"}</label>
          <input id={`${id}-${name}`} type="text" autoComplete="off" {...register(name)} className={inputClass}
            aria-invalid={errors[name] ? true : undefined} aria-describedby={errors[name] ? `${id}-${name}-error` : undefined} />
          <FieldError id={`${id}-${name}-error`} message={errors[name]?.message} />
        </div>
      ))}
      <h3 className="text-sm font-semibold md:col-span-2">Unit tertinggi instansi</h3>
      <UnitDetailFields id={`${id}-top`} register={registerUnit} errors={errors.topUnit ?? {}} />
      <div className="space-y-3 md:col-span-2">
        {outcome ? <FormMessage tone={outcome.tone}>{outcome.text}</FormMessage> : null}
        <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>{isSubmitting ? "Menyimpan..." : "Tambah instansi"}</button>
      </div>
    </form>
  );
}
