"use client";

import { useFormContext } from "react-hook-form";
import { STAGE_LABEL, STAGES } from "@/lib/periods/labels";
import type { TWindows } from "@/lib/periods/schemas";
import { FieldError, inputClass } from "@/components/admin/form-message";

/** Opens/closes dates of the four stages; used inside a FormProvider whose values hold `windows`. */
export function WindowFields({ idPrefix }: { idPrefix: string }) {
  const { register, formState: { errors } } = useFormContext<{ windows: TWindows }>();
  return (
    <fieldset className="space-y-3">
      <legend className="font-medium">Jadwal tahapan</legend>
      <p className="text-sm text-slate-600">
        Tanggal dalam WIB: tahapan dibuka pukul 00.00 pada tanggal buka dan ditutup pukul 23.59 pada tanggal tutup.
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        {STAGES.map((stage) => {
          const stageErrors = errors.windows?.[stage];
          return (
            <fieldset key={stage} className="rounded-lg border border-slate-200 bg-white p-3">
              <legend className="px-1 text-sm font-semibold">{STAGE_LABEL[stage]}</legend>
              <div className="grid gap-3 sm:grid-cols-2">
                {(["opensAt", "closesAt"] as const).map((field) => {
                  const id = `${idPrefix}-${stage}-${field}`;
                  const message = stageErrors?.[field]?.message;
                  return (
                    <div key={field}>
                      <label htmlFor={id} className="block text-sm">{field === "opensAt" ? "Tanggal buka" : "Tanggal tutup"}</label>
                      <input id={id} type="date" {...register(`windows.${stage}.${field}`)} className={inputClass}
                        aria-invalid={message ? true : undefined} aria-describedby={message ? `${id}-error` : undefined} />
                      <FieldError id={`${id}-error`} message={message} />
                    </div>
                  );
                })}
              </div>
            </fieldset>
          );
        })}
      </div>
    </fieldset>
  );
}
