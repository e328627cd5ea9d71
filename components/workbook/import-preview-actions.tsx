"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { applyWorkbookImportAction, discardWorkbookImportAction } from "@/lib/workbook/import/actions";
import { FormMessage, primaryButtonClass, secondaryButtonClass } from "@/components/admin/form-message";

/** Apply (one transaction) or drop a preview. */
export function ImportPreviewActions({ assessmentId, importId, changeCount, blocked }: { assessmentId: string; importId: string; changeCount: number; blocked: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const apply = () => startTransition(async () => {
    const result = await applyWorkbookImportAction(importId);
    if (!result.ok) return setMessage({ tone: "error", text: result.message });
    setMessage({ tone: "success", text: `${result.data.applied} butir diperbarui dari buku kerja.` });
    router.push(`/lke/${assessmentId}?impor=${result.data.applied}`);
  });
  const discard = () => startTransition(async () => {
    await discardWorkbookImportAction(importId);
    router.push(`/lke/${assessmentId}`);
  });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={apply} disabled={pending || blocked || changeCount === 0} className={primaryButtonClass}>
          {pending ? "Menerapkan..." : `Terapkan ${changeCount} perubahan`}
        </button>
        <button type="button" onClick={discard} disabled={pending} className={secondaryButtonClass}>Batalkan</button>
      </div>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
    </div>
  );
}
