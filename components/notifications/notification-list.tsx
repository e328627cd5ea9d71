"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { markReadAction } from "@/lib/notifications/actions";
import { secondaryButtonClass } from "@/components/admin/form-message";

type TItem = { id: string; title: string; body: string; link: string; createdAt: string; readAt: string | null };

/** Newest first; opening one marks it read. */
export function NotificationList({ items }: { items: TItem[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const open = (item: TItem) => startTransition(async () => {
    if (!item.readAt) await markReadAction({ notificationId: item.id });
    router.push(item.link);
  });
  const markAll = () => startTransition(async () => {
    await markReadAction({});
    router.refresh();
  });
  if (items.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">Belum ada notifikasi.</p>;
  return (
    <div className="space-y-3">
      {items.some((i) => !i.readAt) ? <button type="button" onClick={markAll} disabled={pending} className={secondaryButtonClass}>Tandai semua sudah dibaca</button> : null}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" onClick={() => open(item)} disabled={pending}
              className={`block w-full px-4 py-3 text-left hover:bg-slate-50 ${item.readAt ? "text-slate-600" : ""}`}>
              <span className="flex items-center gap-2 font-medium">
                {item.readAt ? null : <span className="h-2 w-2 rounded-full bg-brand-700" aria-label="Belum dibaca" />}
                {item.title}
              </span>
              <span className="block text-sm">{item.body}</span>
              <span className="block text-xs text-slate-500">{item.createdAt}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
