"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setUserActiveAction } from "@/lib/accounts/user-actions";
import { FormMessage, secondaryButtonClass } from "@/components/admin/form-message";

/** Nonaktifkan (ends every session at once) or Aktifkan kembali, with a confirmation first. */
export function ActiveToggle({ userId, active, name }: { userId: string; active: boolean; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const toggle = () => {
    if (active && !window.confirm(`Nonaktifkan ${name}? Semua sesi masuknya langsung berakhir dan ia tidak dapat masuk lagi.`)) return;
    startTransition(async () => {
      const result = await setUserActiveAction({ userId, active: !active });
      setError(result.ok ? undefined : result.message);
      router.refresh();
    });
  };
  return (
    <div className="space-y-2">
      <button type="button" onClick={toggle} disabled={pending} className={secondaryButtonClass}>
        {active ? "Nonaktifkan pengguna" : "Aktifkan kembali"}
      </button>
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
    </div>
  );
}
