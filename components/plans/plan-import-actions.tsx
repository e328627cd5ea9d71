"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { applyPlanImportAction, discardPlanImportAction } from "@/lib/plans/import/actions";
import { FormMessage, primaryButtonClass, secondaryButtonClass } from "@/components/admin/form-message";

/** Apply (one transaction) or drop a rencana aksi preview. */
export function PlanImportActions({ assessmentId, importId, changeCount, blocked }: { assessmentId: string; importId: string; changeCount: number; blocked: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const back = `/lke/${assessmentId}/rencana-aksi`;

  const apply = () => startTransition(async () => {
    const result = await applyPlanImportAction(importId);
    if (!result.ok) return setError(result.message);
    router.push(`${back}?diimpor=${result.data.created + result.data.updated}`);
  });
  const discard = () => startTransition(async () => {
    await discardPlanImportAction(importId);
    router.push(back);
  });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={apply} disabled={pending || blocked || changeCount === 0} className={primaryButtonClass}>
          {pending ? "Menerapkan..." : `Terapkan ${changeCount} langkah aksi`}
        </button>
        <button type="button" onClick={discard} disabled={pending} className={secondaryButtonClass}>Batalkan</button>
      </div>
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
    </div>
  );
}
