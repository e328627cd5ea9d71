import { formatDateIn } from "@/lib/format";
import { MONTH_SHORT } from "@/lib/plans/plan-calendar";
import type { TPlanImportAction, TPlanImportRow } from "@/lib/plans/import/preview-types";

const ACTION_LABEL: Record<TPlanImportAction, string> = { create: "Langkah baru", update: "Diperbarui", unchanged: "Tidak berubah" };
const ACTION_CLASS: Record<TPlanImportAction, string> = { create: "text-emerald-800", update: "text-brand-800", unchanged: "text-slate-600" };

/** Every row of the uploaded plan: what applying does with it, or what is wrong with it. */
export function PlanImportTable({ rows }: { rows: TPlanImportRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="plan-import-rows">
        <caption className="sr-only">Baris rencana aksi pada berkas</caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            {["Baris", "Indikator", "Langkah aksi", "Bukti fisik", "Penanggung jawab", "Bulan", "Target", "Keterangan"].map((h) => <th key={h} scope="col" className="px-3 py-2">{h}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row} className={`border-t border-slate-200 align-top ${r.problems.length ? "bg-red-50" : ""}`} data-testid={r.problems.length ? "plan-import-problem" : "plan-import-ok"}>
              <td className="px-3 py-2">{r.row}</td>
              <td className="px-3 py-2">{r.indicatorText || "—"}</td>
              <td className="px-3 py-2 whitespace-pre-line">{r.description || "—"}</td>
              <td className="px-3 py-2 whitespace-pre-line">{r.plannedOutput || "—"}{r.expectedLabel ? <span className="block text-xs text-slate-600">Dokumen LKE: {r.expectedLabel}</span> : null}</td>
              <td className="px-3 py-2">{r.personName || "—"}</td>
              <td className="px-3 py-2">{r.plannedMonths.map((m) => MONTH_SHORT[m - 1]).join(", ") || "—"}</td>
              <td className="px-3 py-2 whitespace-nowrap">{r.targetDate ? formatDateIn(`${r.targetDate}T00:00:00Z`, "UTC") : "—"}</td>
              <td className="px-3 py-2">
                {r.problems.length ? (
                  <ul className="list-disc pl-4 text-red-800">{r.problems.map((p) => <li key={p}>{p}</li>)}</ul>
                ) : r.action ? (
                  <span className={ACTION_CLASS[r.action]}>{ACTION_LABEL[r.action]}{r.changed.length ? `: ${r.changed.join(", ")}` : ""}</span>
                ) : null}
                {r.warnings.length ? <ul className="mt-1 list-disc pl-4 text-xs text-amber-900">{r.warnings.map((w) => <li key={w}>{w}</li>)}</ul> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
