import Link from "next/link";
import type { TSessionUser } from "@/lib/auth/load-user";
import { heldPermissions } from "@/lib/auth/policy";
import { logoutAction } from "@/lib/auth/actions";
import { NotificationBell } from "@/components/notifications/notification-bell";

const ROLE_LABEL = {
  ADMIN: "Admin",
  UNIT_MEMBER: "Tim Kerja",
  UNIT_HEAD: "Kepala Unit",
  EVALUATOR: "Evaluator TPI",
  LEADER: "Pimpinan",
} as const;

export function AppHeader({ user, unread }: { user: TSessionUser; unread: number }) {
  const roleText = [...new Set(user.roles.map((r) => ROLE_LABEL[r.role]))].join(", ");
  const unitText = user.roles.find((r) => r.unitName)?.unitName;
  // Navigation only: each page and action authorises its own data (lib/access).
  const may = heldPermissions(user);
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-bold text-brand-800">Zona Integritas</Link>
        <nav aria-label="Menu utama" className="flex flex-wrap gap-4 text-sm">
          <Link href="/" className="hover:underline">Beranda</Link>
          {may.has("dashboard.read") ? <Link href="/dasbor" className="hover:underline">Dasbor</Link> : null}
          {may.has("review.read") ? <Link href="/evaluasi" className="hover:underline">Evaluasi TPI</Link> : null}
          {may.has("period.manage") ? <Link href="/admin/periode" className="hover:underline">Periode</Link> : null}
          {may.has("catalogue.read") ? <Link href="/admin/katalog" className="hover:underline">Katalog</Link> : null}
          {may.has("evaluator.assign") ? <Link href="/admin/penugasan" className="hover:underline">Penugasan TPI</Link> : null}
          {may.has("agency.manage") ? <Link href="/admin/instansi" className="hover:underline">Instansi</Link> : null}
          {may.has("plan.template.manage") ? <Link href="/admin/rencana-aksi" className="hover:underline">Templat rencana aksi</Link> : null}
          {may.has("installation.agencies") ? <Link href="/admin/instansi/daftar" className="hover:underline">Daftar instansi</Link> : null}
          {may.has("unit.manage") ? <Link href="/admin/unit" className="hover:underline">Unit</Link> : null}
          {may.has("user.manage") ? <Link href="/admin/pengguna" className="hover:underline">Pengguna</Link> : null}
          {may.has("audit.read") ? <Link href="/admin/audit" className="hover:underline">Jejak audit</Link> : null}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <NotificationBell unread={unread} />
          <span className="text-right leading-tight">
            <Link href="/akun/kata-sandi" className="block font-medium hover:underline" title="Ubah kata sandi">{user.name}</Link>
            <span className="block text-xs text-slate-600">{roleText}{unitText ? ` · ${unitText}` : ""}</span>
          </span>
          <form action={logoutAction}>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100">Keluar</button>
          </form>
        </div>
      </div>
    </header>
  );
}
