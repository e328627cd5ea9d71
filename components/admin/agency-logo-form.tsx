"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { removeAgencyLogoAction, uploadAgencyLogoAction } from "@/lib/agency-settings/actions";
import { FormMessage, secondaryButtonClass } from "@/components/admin/form-message";

/** The letterhead logo: preview, upload (PNG or JPEG, at most 1 MB), remove. */
export function AgencyLogoForm({ agencyId, hasLogo, version }: { agencyId: string; hasLogo: boolean; version: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  const run = async (call: () => Promise<{ ok: true } | { ok: false; message: string }>, done: string) => {
    setBusy(true);
    setMessage(undefined);
    const result = await call();
    setBusy(false);
    setMessage(result.ok ? { tone: "success", text: done } : { tone: "error", text: result.message });
    if (result.ok) router.refresh();
  };
  return (
    <div className="flex flex-wrap items-start gap-4">
      <div className="flex h-20 w-20 items-center justify-center rounded border border-slate-200 bg-slate-50 text-center text-xs text-slate-500">
        {/* eslint-disable-next-line @next/next/no-img-element -- a private, per-agency image */}
        {hasLogo ? <img src={`/api/instansi/${agencyId}/logo?v=${encodeURIComponent(version)}`} alt="Logo instansi" className="max-h-20 max-w-20" /> : "Tanpa logo"}
      </div>
      <form className="space-y-2" onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        data.set("agencyId", agencyId);
        void run(() => uploadAgencyLogoAction(data), "Logo tersimpan.");
      }}>
        <label className="block text-sm font-medium" htmlFor={`logo-${agencyId}`}>Logo kop surat (PNG atau JPEG, paling besar 1 MB)</label>
        <input id={`logo-${agencyId}`} name="logo" type="file" accept="image/png,image/jpeg" required className="block text-sm" />
        <div className="flex gap-2">
          <button type="submit" className={secondaryButtonClass} disabled={busy}>Unggah logo</button>
          {hasLogo ? <button type="button" className={secondaryButtonClass} disabled={busy} onClick={() => void run(() => removeAgencyLogoAction(agencyId), "Logo dihapus.")}>Hapus logo</button> : null}
        </div>
        {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      </form>
    </div>
  );
}
