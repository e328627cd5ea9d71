"use client";

import { useEffect, useState } from "react";
import { listUnsent, UNSENT_EVENT, type TUnsentSave } from "@/components/lke/unsent-saves";
import { useFillingPage } from "@/components/lke/filling-page";

/**
 * Page-level notice of answers kept in this browser but not yet on the server, and of being
 * offline. Items of other pages link to where they are sent from.
 */
export function UnsentIndicator({ assessmentId }: { assessmentId: string }) {
  const { userId } = useFillingPage();
  const [unsent, setUnsent] = useState<TUnsentSave[]>([]);
  const [online, setOnline] = useState(true);

  useEffect(() => {
    const refresh = () => {
      setUnsent(listUnsent(assessmentId).filter((record) => record.userId === userId));
      setOnline(navigator.onLine);
    };
    refresh();
    const events = [UNSENT_EVENT, "storage", "online", "offline"];
    for (const name of events) window.addEventListener(name, refresh);
    return () => events.forEach((name) => window.removeEventListener(name, refresh));
  }, [assessmentId, userId]);

  if (unsent.length === 0 && online) return null;
  const here = typeof window === "undefined" ? "" : window.location.pathname;
  const elsewhere = unsent.filter((record) => !record.href.startsWith(`${here}#`));
  return (
    <div role="status" data-testid="unsent-indicator" className="basis-full rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-950">
      {online ? null : <span className="font-semibold">Anda sedang offline: jawaban dikirim otomatis saat koneksi kembali. </span>}
      {unsent.length > 0
        ? <span data-testid="unsent-count">{unsent.length} jawaban belum tersimpan di server; salinannya aman di peramban ini.</span>
        : null}
      {elsewhere.length > 0 ? (
        <span> Di halaman lain: {elsewhere.map((record, index) => (
          <span key={record.itemId}>{index > 0 ? ", " : ""}<a href={record.href} className="font-medium underline">{record.itemCode}</a></span>
        ))}.</span>
      ) : null}
    </div>
  );
}
