"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { Controller, FormProvider, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createPeriodAction } from "@/lib/periods/actions";
import { ZCreatePeriod, YEAR_MAX, YEAR_MIN, type TCreatePeriodInput } from "@/lib/periods/schemas";
import type { TManagedAgency } from "@/lib/units/queries";
import type { TCatalogueVersionOption } from "@/lib/catalogue/admin-queries";
import { FieldError, FormMessage, inputClass, primaryButtonClass } from "@/components/admin/form-message";
import { UnitTreePicker } from "@/components/admin/unit-tree-picker";
import { WindowFields } from "@/components/admin/window-fields";
import { applyServerErrors } from "@/components/admin/server-errors";

type TProps = { agencies: TManagedAgency[]; versions: TCatalogueVersionOption[]; defaultYear: number };

const EMPTY_WINDOW = { opensAt: "", closesAt: "" };

/** "Buat periode": year, name, catalogue version, participating units and the four windows. */
export function PeriodForm({ agencies, versions, defaultYear }: TProps) {
  const id = useId();
  const router = useRouter();
  const [serverError, setServerError] = useState<string>();
  const form = useForm<TCreatePeriodInput>({
    resolver: zodResolver(ZCreatePeriod),
    mode: "onTouched",
    defaultValues: {
      agencyId: agencies[0]?.id ?? "",
      year: defaultYear,
      name: "",
      catalogueVersionId: versions[0]?.id ?? "",
      unitIds: [],
      windows: { SELF_ASSESSMENT: EMPTY_WINDOW, REVIEW: EMPTY_WINDOW, REVISION: EMPTY_WINDOW, FINAL: EMPTY_WINDOW },
    },
  });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const agencyId = useWatch({ control: form.control, name: "agencyId" });
  const agency = agencies.find((a) => a.id === agencyId) ?? agencies[0];

  const onSubmit = handleSubmit(async (values) => {
    setServerError(undefined);
    const result = await createPeriodAction(values);
    if (result.ok) return router.push(`/admin/periode/${result.data.periodId}`);
    applyServerErrors(form.setError, result.fieldErrors);
    setServerError(result.message);
  });

  const field = (name: "year" | "name" | "catalogueVersionId" | "agencyId") => ({
    id: `${id}-${name}`,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${id}-${name}-error` : undefined,
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-6" aria-busy={isSubmitting}>
        <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
          {agencies.length > 1 ? (
            <div className="sm:col-span-2">
              <label htmlFor={`${id}-agencyId`} className="block text-sm font-medium">Instansi</label>
              <select {...field("agencyId")} {...register("agencyId", { onChange: () => form.setValue("unitIds", []) })} className={inputClass}>
                {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
              </select>
            </div>
          ) : null}
          <div>
            <label htmlFor={`${id}-year`} className="block text-sm font-medium">Tahun</label>
            <input {...field("year")} type="number" inputMode="numeric" min={YEAR_MIN} max={YEAR_MAX} step={1}
              {...register("year", { valueAsNumber: true })} className={inputClass} />
            <FieldError id={`${id}-year-error`} message={errors.year?.message} />
          </div>
          <div>
            <label htmlFor={`${id}-name`} className="block text-sm font-medium">Nama periode</label>
            <input {...field("name")} type="text" placeholder="mis. Evaluasi ZI 2027" {...register("name")} className={inputClass} />
            <FieldError id={`${id}-name-error`} message={errors.name?.message} />
          </div>
          <div className="sm:col-span-2">
            <label htmlFor={`${id}-catalogueVersionId`} className="block text-sm font-medium">Versi katalog LKE</label>
            <select {...field("catalogueVersionId")} {...register("catalogueVersionId")} className={inputClass}>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>{v.code} versi {v.version} — {v.itemCount} butir</option>
              ))}
            </select>
            <FieldError id={`${id}-catalogueVersionId-error`} message={errors.catalogueVersionId?.message} />
          </div>
        </div>

        <Controller control={form.control} name="unitIds" render={({ field: unitField, fieldState }) => (
          <UnitTreePicker legend="Unit peserta" units={agency?.units ?? []} value={unitField.value}
            onChange={(ids) => { unitField.onChange(ids); unitField.onBlur(); }} error={fieldState.error?.message} />
        )} />

        <WindowFields idPrefix={`${id}-window`} />

        {serverError ? <FormMessage tone="error">{serverError}</FormMessage> : null}
        <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
          {isSubmitting ? "Menyimpan..." : "Simpan periode"}
        </button>
      </form>
    </FormProvider>
  );
}
