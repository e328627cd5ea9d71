"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { updateUnitAction } from "@/lib/units/actions";
import { ZUpdateUnit, type TUpdateUnitInput } from "@/lib/units/schemas";
import { FormMessage, primaryButtonClass } from "@/components/admin/form-message";
import { applyServerErrors } from "@/components/admin/server-errors";
import { UnitDetailFields } from "@/components/units/unit-detail-fields";

/** Renames a unit, or changes its code, type, region or time zone. */
export function EditUnitForm({ unit }: { unit: TUpdateUnitInput }) {
  const id = useId();
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string }>();
  const form = useForm<TUpdateUnitInput>({ resolver: zodResolver(ZUpdateUnit), mode: "onTouched", defaultValues: unit });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setOutcome(undefined);
    const result = await updateUnitAction(values);
    if (!result.ok) {
      applyServerErrors(form.setError, result.fieldErrors);
      return setOutcome({ tone: "error", text: result.message });
    }
    setOutcome({ tone: "success", text: result.data.changed ? "Data unit tersimpan." : "Tidak ada perubahan." });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2" aria-busy={isSubmitting} aria-label="Ubah unit">
      <UnitDetailFields id={id} register={register} errors={errors} />
      <div className="space-y-3 md:col-span-2">
        {outcome ? <FormMessage tone={outcome.tone}>{outcome.text}</FormMessage> : null}
        <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>{isSubmitting ? "Menyimpan..." : "Simpan"}</button>
      </div>
    </form>
  );
}
