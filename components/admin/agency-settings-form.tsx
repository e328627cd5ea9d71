"use client";

import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { zodResolver } from "@hookform/resolvers/zod";
import { saveAgencySettingsAction } from "@/lib/agency-settings/actions";
import { ZAgencySettings, type TAgencySettingsInput } from "@/lib/agency-settings/schemas";
import type { TDocumentSettings } from "@/lib/agency-settings/defaults";
import { FieldError, FormMessage, inputClass, primaryButtonClass } from "@/components/admin/form-message";
import { applyServerErrors } from "@/components/admin/server-errors";

type TField = Exclude<keyof TAgencySettingsInput, "agencyId">;

const FIELDS: { name: TField; label: string; hint?: string; rows?: number }[] = [
  { name: "letterhead", label: "Kop surat", hint: "Satu baris per baris kop, paling banyak 4 baris.", rows: 3 },
  { name: "address", label: "Alamat di bawah kop" },
  { name: "place", label: "Tempat penandatanganan", hint: "Mis. Jakarta" },
  { name: "lheNumberPattern", label: "Pola nomor LHE", hint: "Memuat {urut}; boleh {bulan}, {bulan_romawi}, {tahun}, {kode_unit}." },
  { name: "baNumberPattern", label: "Pola nomor Berita Acara" },
  { name: "pekpppBaNumberPattern", label: "Pola nomor BA hasil PEKPPP", hint: "Berita Acara hasil PEKPPP, dengan nomor urut tersendiri per tahun." },
  { name: "approverTitle", label: "Jabatan pejabat yang mengetahui LHE", hint: "Mis. Inspektur Wilayah II" },
  { name: "approverName", label: "Nama pejabat" },
  { name: "approverNip", label: "NIP pejabat", hint: "18 angka." },
];

/** Letterhead, place, numbering patterns and signing official of one agency's documents. */
export function AgencySettingsForm({ settings }: { settings: TDocumentSettings }) {
  const id = useId();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const form = useForm<TAgencySettingsInput, unknown, z.output<typeof ZAgencySettings>>({
    resolver: zodResolver(ZAgencySettings),
    mode: "onTouched",
    defaultValues: {
      agencyId: settings.agencyId, letterhead: settings.letterheadLines.join("\n"), address: settings.address, place: settings.place,
      lheNumberPattern: settings.lheNumberPattern, baNumberPattern: settings.baNumberPattern, pekpppBaNumberPattern: settings.pekpppBaNumberPattern,
      approverTitle: settings.approverTitle, approverName: settings.approverName, approverNip: settings.approverNip,
    },
  });
  const { register, handleSubmit, formState: { errors, isSubmitting } } = form;
  const onSubmit = handleSubmit(async (values) => {
    setMessage(undefined);
    const result = await saveAgencySettingsAction(values);
    if (result.ok) return setMessage({ tone: "success", text: "Pengaturan dokumen tersimpan." });
    applyServerErrors(form.setError, result.fieldErrors);
    setMessage({ tone: "error", text: result.message });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={isSubmitting}>
      <div className="grid gap-4 sm:grid-cols-2">
        {FIELDS.map((field) => {
          const fieldId = `${id}-${field.name}`;
          const error = errors[field.name]?.message;
          const describedBy = [field.hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
          const common = { id: fieldId, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy, className: inputClass, ...register(field.name) };
          return (
            <div key={field.name} className={field.rows ? "sm:col-span-2" : undefined}>
              <label htmlFor={fieldId} className="block text-sm font-medium">{field.label}</label>
              {field.rows ? <textarea rows={field.rows} {...common} /> : <input type="text" {...common} />}
              {field.hint ? <p id={`${fieldId}-hint`} className="mt-1 text-xs text-slate-600">{field.hint}</p> : null}
              <FieldError id={`${fieldId}-error`} message={error} />
            </div>
          );
        })}
      </div>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <button type="submit" className={primaryButtonClass} disabled={isSubmitting}>{isSubmitting ? "Menyimpan..." : "Simpan pengaturan"}</button>
    </form>
  );
}
