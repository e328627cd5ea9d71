"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { PeriodStatus } from "@/lib/generated/prisma/enums";
import { archivePeriodAction, closePeriodAction, deletePeriodAction, restorePeriodAction } from "@/lib/periods/actions";
import { FormMessage, secondaryButtonClass } from "@/components/admin/form-message";

type TStep = { label: string; confirm: string; run: (input: { periodId: string }) => Promise<{ ok: true } | { ok: false; message: string }>; after: "refresh" | "list"; danger?: boolean };

/** Close, archive, restore or delete a period, each after a confirmation that says what follows. */
export function PeriodLifecycle({ periodId, name, status }: { periodId: string; name: string; status: PeriodStatus }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const steps: TStep[] = [
    ...(status === "DRAFT" || status === "OPEN" ? [{ label: "Tutup periode", confirm: `Tutup ${name}? Jadwal dan unit peserta tidak dapat diubah lagi.`, run: closePeriodAction, after: "refresh" as const }] : []),
    ...(status !== "ARCHIVED" ? [{ label: "Arsipkan", confirm: `Arsipkan ${name}? Periode disembunyikan dari daftar; isinya tetap tersimpan dan dapat dipulihkan.`, run: archivePeriodAction, after: "list" as const }] : []),
    ...(status === "ARCHIVED" ? [{ label: "Pulihkan dari arsip", confirm: `Pulihkan ${name} ke daftar periode (tetap ditutup)?`, run: restorePeriodAction, after: "refresh" as const }] : []),
    { label: "Hapus periode", confirm: `Hapus ${name} beserta LKE kosongnya? Hanya periode yang belum berisi jawaban yang dapat dihapus. Tindakan ini tidak dapat dibatalkan.`, run: deletePeriodAction, after: "list", danger: true },
  ];
  const go = (step: TStep) => {
    if (!window.confirm(step.confirm)) return;
    startTransition(async () => {
      const result = await step.run({ periodId });
      if (!result.ok) return setError(result.message);
      setError(undefined);
      if (step.after === "list") router.push("/admin/periode");
      else router.refresh();
    });
  };
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        {steps.map((step) => (
          <button key={step.label} type="button" onClick={() => go(step)} disabled={pending}
            className={step.danger ? `${secondaryButtonClass} border-red-300 text-red-800` : secondaryButtonClass}>{step.label}</button>
        ))}
      </div>
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
    </div>
  );
}
