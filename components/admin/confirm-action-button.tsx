"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { FormMessage, secondaryButtonClass } from "@/components/admin/form-message";

type TProps<I> = {
  /** A server action (passed from the page), called with `input` after the confirmation. */
  action: (input: I) => Promise<{ ok: true } | { ok: false; message: string }>;
  input: I;
  label: string;
  /** Asked first, when set: what follows from the click. */
  confirm?: string;
  /** A small link-like button, for a row of a list. */
  compact?: boolean;
  /** The full name of a short label ("Hapus") for screen readers. */
  ariaLabel?: string;
};

/** One click on a server action, with a confirmation first; the refusal is shown, the page refreshed. */
export function ConfirmActionButton<I>({ action, input, label, confirm, compact, ariaLabel }: TProps<I>) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const run = () => {
    if (confirm && !window.confirm(confirm)) return;
    startTransition(async () => {
      const result = await action(input);
      setError(result.ok ? undefined : result.message);
      router.refresh();
    });
  };
  const button = (
    <button type="button" onClick={run} disabled={pending} aria-label={ariaLabel} className={compact ? "text-sm text-red-700 underline" : secondaryButtonClass}>{label}</button>
  );
  if (compact) return <>{button}{error ? <span role="alert" className="ml-2 text-sm text-red-700">{error}</span> : null}</>;
  return (
    <div className="space-y-2">
      {button}
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
    </div>
  );
}
