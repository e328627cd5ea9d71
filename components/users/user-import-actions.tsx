"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { applyUserImportAction, discardUserImportAction } from "@/lib/accounts/import/actions";
import { FormMessage, primaryButtonClass, secondaryButtonClass } from "@/components/admin/form-message";

/** Apply (one transaction, invitations sent) or drop a user list preview. */
export function UserImportActions({ importId, agencyId, count, blocked }: { importId: string; agencyId: string; count: number; blocked: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const back = `/admin/pengguna?instansi=${agencyId}`;

  const apply = () => startTransition(async () => {
    const result = await applyUserImportAction(importId);
    if (!result.ok) return setError(result.message);
    router.push(`${back}&diimpor=${result.data.created}`);
  });
  const discard = () => startTransition(async () => {
    await discardUserImportAction(importId);
    router.push(back);
  });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={apply} disabled={pending || blocked || count === 0} className={primaryButtonClass}>
          {pending ? "Membuat akun..." : `Buat ${count} pengguna dan kirim undangan`}
        </button>
        <button type="button" onClick={discard} disabled={pending} className={secondaryButtonClass}>Batalkan</button>
      </div>
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
    </div>
  );
}
