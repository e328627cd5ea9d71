import type { TCatalogueError } from "@/lib/catalogue/catalogue-issue";
import { formatInteger } from "@/lib/format";

/** Every problem of a rejected catalogue file: where it is (JSON path) and what is wrong. */
export function CatalogueErrorTable({ errors }: { errors: TCatalogueError[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-red-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">Masalah pada berkas katalog</caption>
        <thead className="bg-red-50 text-left">
          <tr>
            <th scope="col" className="w-12 px-3 py-2">No.</th>
            <th scope="col" className="px-3 py-2">Lokasi</th>
            <th scope="col" className="px-3 py-2">Masalah</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={`${index}-${error.path}`} className="border-t border-slate-200 align-top">
              <td className="px-3 py-2 text-slate-500">{formatInteger(index + 1)}</td>
              <td className="px-3 py-2 font-mono text-xs break-all">{error.path || <span className="font-sans italic text-slate-500">seluruh berkas</span>}</td>
              <td className="px-3 py-2">{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
