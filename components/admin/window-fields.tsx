"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { STAGE_LABEL, STAGES } from "@/lib/periods/labels";
import { DATE_FORMAT_HINT, type TWindows } from "@/lib/periods/schemas";
import { parseDateText } from "@/lib/periods/window-dates";
import { formatDate } from "@/lib/format";
import { FieldError, inputClass } from "@/components/admin/form-message";

type TField = `windows.${keyof TWindows}.${"opensAt" | "closesAt"}`;

/** A date typed day first; once it reads as a real date, the field repeats it in words (the error replaces the hint). */
function DateField({ id, name, label, message }: { id: string; name: TField; label: string; message?: string }) {
  const { register, control } = useFormContext<{ windows: TWindows }>();
  const iso = parseDateText(useWatch({ control, name }) ?? "");
  return (
    <div>
      <label htmlFor={id} className="block text-sm">{label}</label>
      <input id={id} type="text" inputMode="numeric" autoComplete="off" placeholder="hh/bb/tttt" {...register(name)} className={inputClass}
        aria-invalid={message ? true : undefined} aria-describedby={message ? `${id}-error` : `${id}-hint`} />
      {message
        ? <FieldError id={`${id}-error`} message={message} />
        : <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">{iso ? formatDate(`${iso}T12:00:00+07:00`) : DATE_FORMAT_HINT}</p>}
    </div>
  );
}

/** Opens/closes dates of the four stages; used inside a FormProvider whose values hold `windows`. */
export function WindowFields({ idPrefix }: { idPrefix: string }) {
  const { formState: { errors } } = useFormContext<{ windows: TWindows }>();
  return (
    <fieldset className="space-y-3">
      <legend className="font-medium">Jadwal tahapan</legend>
      <p className="text-sm text-slate-600">
        Tanggal dalam WIB: tahapan dibuka pukul 00.00 WIB pada tanggal buka dan ditutup pukul 23.59 WIB pada tanggal tutup.
      </p>
      <div className="grid gap-3 md:grid-cols-2">
        {STAGES.map((stage) => (
          <fieldset key={stage} className="rounded-lg border border-slate-200 bg-white p-3">
            <legend className="px-1 text-sm font-semibold">{STAGE_LABEL[stage]}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              {(["opensAt", "closesAt"] as const).map((field) => (
                <DateField key={field} id={`${idPrefix}-${stage}-${field}`} name={`windows.${stage}.${field}`}
                  label={field === "opensAt" ? "Tanggal buka" : "Tanggal tutup"} message={errors.windows?.[stage]?.[field]?.message} />
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
