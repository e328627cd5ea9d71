"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { setUnitActiveAction } from "@/lib/units/actions";
import { FormMessage, secondaryButtonClass } from "@/components/admin/form-message";

/** Nonaktifkan (keeps its history; no new period or role) or Aktifkan kembali, with a confirmation first. */
export function UnitActiveToggle({ unitId, active, name }: { unitId: string; active: boolean; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const toggle = () => {
    if (active && !window.confirm(`Nonaktifkan ${name}? Riwayatnya tetap tersimpan, tetapi unit ini tidak dapat diikutkan pada periode baru atau diberi peran baru.`)) return;
    startTransition(async () => {
      const result = await setUnitActiveAction({ unitId, active: !active });
      setError(result.ok ? undefined : result.message);
      router.refresh();
    });
  };
  return (
    <div className="space-y-2">
      <button type="button" onClick={toggle} disabled={pending} className={secondaryButtonClass}>{active ? "Nonaktifkan unit" : "Aktifkan kembali"}</button>
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
    </div>
  );
}
