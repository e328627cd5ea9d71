"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deleteServiceEntryAction } from "@/lib/public-pages/actions";

export function DeleteServiceEntry({ entryId, title }: { entryId: string; title: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, start] = useTransition();
  const remove = () => start(async () => {
    if (!window.confirm(`Hapus "${title}"? Bila sudah dipublikasikan, ia hilang dari halaman publik.`)) return;
    const result = await deleteServiceEntryAction({ entryId });
    if (!result.ok) return setError(result.message);
    router.refresh();
  });
  return (
    <>
      <button type="button" onClick={remove} disabled={pending} aria-label={`Hapus: ${title}`} className="rounded-md border border-red-300 bg-white px-2 py-1 text-sm text-red-800 hover:bg-red-50">
        {pending ? "Menghapus..." : "Hapus"}
      </button>
      {error ? <span role="alert" className="text-sm text-red-700">{error}</span> : null}
    </>
  );
}
