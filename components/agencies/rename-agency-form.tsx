"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { renameAgencyAction } from "@/lib/agencies/actions";
import { ZRenameAgency, type TRenameAgencyInput } from "@/lib/agencies/schemas";
import { FieldError, FormMessage, inputClass, secondaryButtonClass } from "@/components/admin/form-message";
import { applyServerErrors } from "@/components/admin/server-errors";

/** Renames an agency or changes its code (installation admin). */
export function RenameAgencyForm({ agency }: { agency: TRenameAgencyInput }) {
  const id = useId();
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string }>();
  const form = useForm<TRenameAgencyInput>({ resolver: zodResolver(ZRenameAgency), mode: "onTouched", defaultValues: agency });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setOutcome(undefined);
    const result = await renameAgencyAction(values);
    if (!result.ok) {
      applyServerErrors(form.setError, result.fieldErrors);
      return setOutcome({ tone: "error", text: result.message });
    }
    setOutcome({ tone: "success", text: result.data.changed ? "Data instansi tersimpan." : "Tidak ada perubahan." });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-3" aria-busy={isSubmitting} aria-label={`Ubah instansi ${agency.name}`}>
      {(["name", "code"] as const).map((name) => (
        <div key={name} className={name === "name" ? "min-w-64 flex-1" : "w-40"}>
          <label htmlFor={`${id}-${name}`} className="block text-sm font-medium">{name === "name" ? "Nama instansi" : "Kode"}</label>
          <input id={`${id}-${name}`} type="text" autoComplete="off" {...register(name)} className={inputClass}
            aria-invalid={errors[name] ? true : undefined} aria-describedby={errors[name] ? `${id}-${name}-error` : undefined} />
          <FieldError id={`${id}-${name}-error`} message={errors[name]?.message} />
        </div>
      ))}
      <div className="space-y-2 pt-6">
        <button type="submit" disabled={isSubmitting} className={secondaryButtonClass}>{isSubmitting ? "Menyimpan..." : "Simpan"}</button>
        {outcome ? <FormMessage tone={outcome.tone}>{outcome.text}</FormMessage> : null}
      </div>
    </form>
  );
}
