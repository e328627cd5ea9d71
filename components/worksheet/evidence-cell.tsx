import Link from "next/link";
import type { TWorksheetEvidence } from "@/lib/worksheet/types";

/** How many bukti dukung the item carries and the expected documents ticked; the card manages them. */
export function EvidenceCell({ code, evidence, answered, cardHref, canManage }: { code: string; evidence: TWorksheetEvidence; answered: boolean; cardHref: string; canManage: boolean }) {
  return (
    <div className="space-y-0.5 text-xs" data-testid={`evidence-${code}`}>
      {evidence.count > 0
        ? <p className="font-medium text-slate-800">{evidence.count} bukti</p>
        : <p className={answered ? "font-medium text-amber-900" : "text-slate-600"}>Belum ada</p>}
      {evidence.expected > 0 ? <p className="text-slate-700">Dokumen {evidence.ticked}/{evidence.expected}</p> : null}
      <Link href={cardHref} tabIndex={-1} className="text-brand-700 underline" aria-label={`${canManage ? "Kelola" : "Lihat"} bukti dukung ${code}`}>
        {canManage ? "Kelola" : "Lihat"}
      </Link>
    </div>
  );
}
