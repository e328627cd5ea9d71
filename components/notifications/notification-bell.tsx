import Link from "next/link";

/** The bell: a link to the notifications page with the unread count. */
export function NotificationBell({ unread }: { unread: number }) {
  const label = unread > 0 ? `Notifikasi, ${unread} belum dibaca` : "Notifikasi";
  return (
    <Link href="/notifikasi" aria-label={label} title={label} className="relative rounded-md p-1.5 hover:bg-slate-100" data-testid="notification-bell">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" /><path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread > 0 ? (
        <span className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold text-white">{unread > 99 ? "99+" : unread}</span>
      ) : null}
    </Link>
  );
}
