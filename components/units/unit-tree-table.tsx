import Link from "next/link";
import type { TUnitTreeRow } from "@/lib/units/tree-queries";
import { TIME_ZONE_LABEL } from "@/lib/units/schemas";

/** The agency's tree, one row per unit, indented by depth; each unit links to its edit page. */
export function UnitTreeTable({ units }: { units: TUnitTreeRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="unit-tree">
        <caption className="sr-only">Pohon unit</caption>
        <thead className="bg-slate-50 text-left">
          <tr>{["Unit", "Kode", "Jenis", "Wilayah", "Zona waktu", "Status"].map((h) => <th key={h} scope="col" className="px-3 py-2">{h}</th>)}</tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.id} className={`border-t border-slate-200 ${u.active ? "" : "text-slate-500"}`} data-testid="unit-row">
              <td className="px-3 py-2" style={{ paddingLeft: `${0.75 + u.depth * 1.25}rem` }}>
                <Link href={`/admin/unit/${u.id}`} className="text-brand-700 underline-offset-2 hover:underline">{u.name}</Link>
              </td>
              <td className="px-3 py-2 font-mono text-xs">{u.code}</td>
              <td className="px-3 py-2">{u.level}</td>
              <td className="px-3 py-2">{u.region || "—"}{u.district ? ` · ${u.district}` : ""}</td>
              <td className="px-3 py-2">{TIME_ZONE_LABEL[u.timeZone]?.split(" ")[0] ?? u.timeZone}</td>
              <td className="px-3 py-2">{u.active ? "Aktif" : "Nonaktif"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
