import Link from "next/link";
import type { TAgencyUserRow } from "@/lib/accounts/user-queries";
import { ROLE_LABEL } from "@/lib/accounts/user-schemas";
import { formatDate } from "@/lib/format";

/** The agency's users: status, roles per unit, last sign-in. */
export function UserTable({ users }: { users: TAgencyUserRow[] }) {
  if (users.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">Tidak ada pengguna yang cocok.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left">
          <tr><th scope="col" className="px-3 py-2">Nama</th><th scope="col" className="px-3 py-2">NIP</th><th scope="col" className="px-3 py-2">Peran</th><th scope="col" className="px-3 py-2">Status</th></tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {users.map((u) => (
            <tr key={u.id}>
              <td className="px-3 py-2">
                <Link href={`/admin/pengguna/${u.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">{u.name}</Link>
                <span className="block text-slate-600">{u.email}</span>
              </td>
              <td className="px-3 py-2 tabular-nums">{u.nip ?? "–"}</td>
              <td className="px-3 py-2">{u.roles.map((r) => `${ROLE_LABEL[r.role].split(" (")[0]} · ${r.unitName}`).join("; ") || "–"}</td>
              <td className="px-3 py-2">
                {!u.active ? "Nonaktif" : u.invited ? "Diundang, belum membuat kata sandi" : u.lastLoginAt ? `Aktif · terakhir masuk ${formatDate(u.lastLoginAt)}` : "Aktif"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
