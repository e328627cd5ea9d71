import type { TAuditRow } from "@/lib/audit-viewer/queries";
import { formatDateTime } from "@/lib/format";

export function AuditTable({ rows }: { rows: TAuditRow[] }) {
  if (rows.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">Tidak ada kejadian yang cocok.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-slate-50 text-left">
          <tr>{["Waktu", "Pengguna", "Jenis", "Unit dan periode", "Perubahan"].map((h) => <th key={h} scope="col" className="px-3 py-2">{h}</th>)}</tr>
        </thead>
        <tbody className="divide-y divide-slate-200 align-top">
          {rows.map((r) => (
            <tr key={r.id}>
              <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.at)}</td>
              <td className="px-3 py-2">{r.actor}</td>
              <td className="px-3 py-2 font-mono text-xs">{r.action}</td>
              <td className="px-3 py-2">{r.unit || "–"}</td>
              <td className="max-w-md break-all px-3 py-2 font-mono text-xs">{r.change.length > 300 ? `${r.change.slice(0, 300)}…` : r.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
