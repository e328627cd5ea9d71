"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createUnitAction } from "@/lib/units/actions";
import { ZCreateUnit, type TCreateUnitInput } from "@/lib/units/schemas";
import type { TUnitOption } from "@/lib/units/unit-tree";
import { WIB } from "@/lib/units/time-zones";
import { FieldError, FormMessage, inputClass, primaryButtonClass } from "@/components/admin/form-message";
import { applyServerErrors } from "@/components/admin/server-errors";
import { UnitDetailFields } from "@/components/units/unit-detail-fields";
import { unitOptionLabel } from "@/components/units/unit-option-label";

/** Adds a unit under an active unit of the agency. */
export function AddUnitForm({ agencyId, parents }: { agencyId: string; parents: TUnitOption[] }) {
  const id = useId();
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string }>();
  const form = useForm<TCreateUnitInput>({
    resolver: zodResolver(ZCreateUnit), mode: "onTouched",
    defaultValues: { agencyId, parentId: "", code: "", name: "", level: "", region: "", district: "", timeZone: WIB },
  });
  const { register, handleSubmit, reset, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setOutcome(undefined);
    const result = await createUnitAction(values);
    if (!result.ok) {
      applyServerErrors(form.setError, result.fieldErrors);
      return setOutcome({ tone: "error", text: result.message });
    }
    setOutcome({ tone: "success", text: `Unit ${values.name} ditambahkan.` });
    reset({ ...values, code: "", name: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2" aria-busy={isSubmitting} aria-label="Tambah unit">
      <div className="md:col-span-2">
        <label htmlFor={`${id}-parentId`} className="block text-sm font-medium">Unit induk</label>
        <select id={`${id}-parentId`} {...register("parentId")} className={inputClass} aria-invalid={errors.parentId ? true : undefined}
          aria-describedby={errors.parentId ? `${id}-parentId-error` : undefined}>
          <option value="">Pilih unit induk</option>
          {parents.map((p) => <option key={p.id} value={p.id}>{unitOptionLabel(p)}</option>)}
        </select>
        <FieldError id={`${id}-parentId-error`} message={errors.parentId?.message} />
      </div>
      <UnitDetailFields id={id} register={register} errors={errors} />
      <div className="space-y-3 md:col-span-2">
        {outcome ? <FormMessage tone={outcome.tone}>{outcome.text}</FormMessage> : null}
        <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>{isSubmitting ? "Menyimpan..." : "Tambah unit"}</button>
      </div>
    </form>
  );
}
