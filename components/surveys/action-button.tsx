"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

type TResult = { ok: true } | { ok: false; message: string };

type TProps = {
  action: (input: unknown) => Promise<TResult>;
  input: unknown;
  label: string;
  /** Asked before acting (a deliberate act such as replacing a Hasil answer). */
  confirm?: string;
  primary?: boolean;
};

/** A button that runs one survey action, then shows the fresh page or the refusal. */
export function ActionButton({ action, input, label, confirm, primary }: TProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <button type="button" disabled={pending}
        className={primary ? "rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60" : "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm disabled:opacity-60"}
        onClick={() => {
          if (confirm && !window.confirm(confirm)) return;
          startTransition(async () => {
            const result = await action(input);
            setMessage(result.ok ? null : result.message);
            if (result.ok) router.refresh();
          });
        }}>
        {pending ? "Memproses..." : label}
      </button>
      {message ? <span role="alert" className="text-sm text-red-700">{message}</span> : null}
    </span>
  );
}
