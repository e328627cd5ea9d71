import Link from "next/link";

const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100";

/** The LKE as an Excel workbook: download for every reader, import for the unit while it may write. */
export function WorkbookLinks({ assessmentId, canImport }: { assessmentId: string; canImport: boolean }) {
  return (
    <div className="no-print flex flex-wrap gap-2 text-sm">
      <a href={`/api/lke/${assessmentId}/xlsx`} download className={link}>Unduh LKE (Excel)</a>
      {canImport ? <Link href={`/lke/${assessmentId}/impor`} className={link}>Impor dari Excel</Link> : null}
    </div>
  );
}
