import type { TUserImportRow } from "@/lib/accounts/import/preview-types";

/** Every row of the uploaded list: what will be created, or what is wrong with it. */
export function UserImportTable({ rows }: { rows: TUserImportRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="user-import-rows">
        <caption className="sr-only">Baris daftar pengguna</caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            {["Baris", "Nama", "Email", "NIP", "Peran", "Unit", "Keterangan"].map((h) => <th key={h} scope="col" className="px-3 py-2">{h}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row} className={`border-t border-slate-200 align-top ${r.problems.length ? "bg-red-50" : ""}`} data-testid={r.problems.length ? "user-import-problem" : "user-import-ok"}>
              <td className="px-3 py-2">{r.row}</td>
              <td className="px-3 py-2">{r.name || "—"}</td>
              <td className="px-3 py-2 break-all">{r.email || "—"}</td>
              <td className="px-3 py-2 font-mono text-xs">{r.nip || "—"}</td>
              <td className="px-3 py-2">{r.roleText || "—"}</td>
              <td className="px-3 py-2">{r.unitName ?? (r.unitCode || "—")}</td>
              <td className="px-3 py-2">
                {r.problems.length ? (
                  <ul className="list-disc pl-4 text-red-800">{r.problems.map((p) => <li key={p}>{p}</li>)}</ul>
                ) : <span className="text-emerald-800">Akan dibuat dan diundang</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
