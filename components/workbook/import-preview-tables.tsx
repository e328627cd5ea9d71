import type { TRowProblem } from "@/lib/workbook/import/interpret-rows";
import type { TPreviewChange } from "@/lib/workbook/import/preview-types";

/** Every problem row of the file: where, which code, what is wrong. */
export function ImportProblemTable({ problems }: { problems: TRowProblem[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-red-200 bg-white">
      <table className="w-full text-sm" data-testid="import-problems">
        <caption className="sr-only">Masalah pada berkas</caption>
        <thead className="bg-red-50 text-left">
          <tr><th scope="col" className="px-3 py-2">Baris</th><th scope="col" className="px-3 py-2">Kode</th><th scope="col" className="px-3 py-2">Masalah</th></tr>
        </thead>
        <tbody>
          {problems.map((p, index) => (
            <tr key={index} className="border-t border-slate-200 align-top" data-testid="import-problem">
              <td className="px-3 py-2">{p.row ?? "—"}</td>
              <td className="px-3 py-2 font-mono text-xs">{p.code || "—"}</td>
              <td className="px-3 py-2">{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What applying would change, item by item: current -> new. */
export function ImportChangeTable({ changes }: { changes: TPreviewChange[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="import-changes">
        <caption className="sr-only">Perubahan yang akan diterapkan</caption>
        <thead className="bg-slate-50 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Butir</th>
            <th scope="col" className="px-3 py-2">Jawaban sekarang → baru</th>
            <th scope="col" className="px-3 py-2">Narasi</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.itemId} className="border-t border-slate-200 align-top" data-testid="import-change">
              <td className="px-3 py-2"><span className="font-mono text-xs">{c.code}</span><br /><span className="text-slate-600">{c.text}</span></td>
              <td className="px-3 py-2">
                {c.before === c.after ? <span className="text-slate-500">tidak berubah</span> : <><s className="text-slate-500">{c.before}</s> → <strong>{c.after}</strong></>}
              </td>
              <td className="px-3 py-2 whitespace-pre-line">
                {c.narrativeBefore === c.narrativeAfter ? <span className="text-slate-500">tidak berubah</span> : <><s className="text-slate-500">{c.narrativeBefore || "(kosong)"}</s> → {c.narrativeAfter || "(kosong)"}</>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
