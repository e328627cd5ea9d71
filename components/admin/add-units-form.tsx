"use client";

import { useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { addPeriodUnitsAction } from "@/lib/periods/actions";
import { ZAddPeriodUnits, type TAddPeriodUnitsInput } from "@/lib/periods/schemas";
import type { TUnitOption } from "@/lib/units/unit-tree";
import { formatInteger } from "@/lib/format";
import { FormMessage, primaryButtonClass } from "@/components/admin/form-message";
import { UnitTreePicker } from "@/components/admin/unit-tree-picker";
import { applyServerErrors } from "@/components/admin/server-errors";

type TProps = { periodId: string; units: TUnitOption[]; participating: string[] };

/** Adds participating units to a period; the ones already in it are shown ticked and skipped. */
export function AddUnitsForm({ periodId, units, participating }: TProps) {
  const locked = useMemo(() => new Set(participating), [participating]);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const form = useForm<TAddPeriodUnitsInput>({ resolver: zodResolver(ZAddPeriodUnits), defaultValues: { periodId, unitIds: [] } });
  const { isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(undefined);
    const result = await addPeriodUnitsAction(values);
    if (!result.ok) {
      applyServerErrors(form.setError, result.fieldErrors);
      return setMessage({ tone: "error", text: result.message });
    }
    const { added, skipped } = result.data;
    form.reset({ periodId, unitIds: [] });
    const skippedText = skipped ? `; ${formatInteger(skipped)} unit sudah terdaftar dan dilewati` : "";
    setMessage({ tone: "success", text: `${formatInteger(added)} unit ditambahkan${skippedText}.` });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={isSubmitting}>
      <Controller control={form.control} name="unitIds" render={({ field, fieldState }) => (
        <UnitTreePicker legend="Unit yang ditambahkan" units={units} locked={locked} value={field.value}
          onChange={field.onChange} error={fieldState.error?.message} />
      )} />
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
        {isSubmitting ? "Menambahkan..." : "Tambahkan unit"}
      </button>
    </form>
  );
}
