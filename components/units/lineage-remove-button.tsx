"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { removeUnitLineageAction } from "@/lib/units/actions";

/** Removes one link of a unit's history recorded by mistake. */
export function LineageRemoveButton({ unitId, lineageId, label }: { unitId: string; lineageId: string; label: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const remove = () => {
    if (!window.confirm(`Hapus riwayat ${label}?`)) return;
    startTransition(async () => {
      const result = await removeUnitLineageAction({ unitId, lineageId });
      setError(result.ok ? undefined : result.message);
      router.refresh();
    });
  };
  return (
    <>
      <button type="button" onClick={remove} disabled={pending} className="text-sm text-red-700 underline">Hapus<span className="sr-only"> riwayat {label}</span></button>
      {error ? <span role="alert" className="ml-2 text-sm text-red-700">{error}</span> : null}
    </>
  );
}
