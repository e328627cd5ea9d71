"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { TActionResult } from "@/lib/action-result";

/**
 * Runs a server action, shows its error message, and refreshes the page's server data on
 * success (and, with `refreshOnError`, after a refusal too, so the page shows why).
 */
export function useActionCall({ refreshOnError = false } = {}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const call = <T,>(run: () => Promise<TActionResult<T>>, onSuccess?: (data: T) => void) =>
    startTransition(async () => {
      setError(null);
      try {
        const result = await run();
        if (!result.ok) {
          setError(result.message);
          if (refreshOnError) router.refresh();
          return;
        }
        onSuccess?.(result.data);
        router.refresh();
      } catch {
        setError("Gagal terhubung ke server. Periksa koneksi Anda lalu coba lagi.");
      }
    });
  return { call, pending, error };
}
