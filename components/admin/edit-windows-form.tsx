"use client";

import { useId, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { updatePeriodWindowsAction } from "@/lib/periods/actions";
import { ZUpdatePeriodWindows, type TUpdatePeriodWindowsInput, type TWindows } from "@/lib/periods/schemas";
import { FormMessage, primaryButtonClass } from "@/components/admin/form-message";
import { WindowFields } from "@/components/admin/window-fields";
import { applyServerErrors } from "@/components/admin/server-errors";

type TMessage = { tone: "success" | "error" | "info"; text: string };

/** Reschedules the four stages of a period; the change is audited on the server. */
export function EditWindowsForm({ periodId, windows }: { periodId: string; windows: TWindows }) {
  const id = useId();
  const [message, setMessage] = useState<TMessage>();
  const form = useForm<TUpdatePeriodWindowsInput>({
    resolver: zodResolver(ZUpdatePeriodWindows),
    mode: "onTouched",
    defaultValues: { periodId, windows },
  });
  const { isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(undefined);
    const result = await updatePeriodWindowsAction(values);
    if (!result.ok) {
      applyServerErrors(form.setError, result.fieldErrors);
      return setMessage({ tone: "error", text: result.message });
    }
    form.reset(form.getValues()); // the typed text, not the parsed ISO dates
    setMessage(result.data.changed
      ? { tone: "success", text: "Jadwal tahapan disimpan." }
      : { tone: "info", text: "Tidak ada perubahan jadwal." });
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={isSubmitting}>
        <WindowFields idPrefix={`${id}-window`} />
        {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
        <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
          {isSubmitting ? "Menyimpan..." : "Simpan jadwal"}
        </button>
      </form>
    </FormProvider>
  );
}
