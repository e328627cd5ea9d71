"use client";

import { useState } from "react";
import { setEmailPreferenceAction } from "@/lib/notifications/actions";
import { KIND_LABEL, type NOTIFICATION_KINDS } from "@/lib/notifications/schemas";
import { FormMessage } from "@/components/admin/form-message";

type TKind = (typeof NOTIFICATION_KINDS)[number];

/** One switch per kind: email on or off (the bell always shows it). Saved on change. */
export function EmailPreferences({ preferences }: { preferences: { kind: TKind; email: boolean }[] }) {
  const [values, setValues] = useState(preferences);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const change = async (kind: TKind, email: boolean) => {
    setValues((v) => v.map((p) => (p.kind === kind ? { ...p, email } : p)));
    const result = await setEmailPreferenceAction({ kind, email });
    if (result.ok) return setMessage({ tone: "success", text: "Tersimpan." });
    setValues((v) => v.map((p) => (p.kind === kind ? { ...p, email: !email } : p)));
    setMessage({ tone: "error", text: result.message });
  };
  return (
    <fieldset className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 font-semibold">Kirim juga lewat email</legend>
      {values.map((p) => (
        <label key={p.kind} className="flex items-center gap-2">
          <input type="checkbox" checked={p.email} onChange={(e) => void change(p.kind, e.target.checked)} className="h-4 w-4" />
          {KIND_LABEL[p.kind]}
        </label>
      ))}
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
    </fieldset>
  );
}
