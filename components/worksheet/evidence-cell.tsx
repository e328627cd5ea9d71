import Link from "next/link";
import type { TWorksheetEvidence } from "@/lib/worksheet/types";

/** How many bukti dukung the item carries and the expected documents ticked; the card manages them. */
export function EvidenceCell({ code, evidence, answered, cardHref, canManage }: { code: string; evidence: TWorksheetEvidence; answered: boolean; cardHref: string; canManage: boolean }) {
  const none = evidence.count === 0;
  return (
    <td data-evidence={none ? (answered ? "missing" : "none") : "some"}>
      <p>{none ? "Belum ada" : `${evidence.count} bukti`}</p>
      {evidence.expected > 0 ? <p>Dokumen {evidence.ticked}/{evidence.expected}</p> : null}
      <Link href={cardHref} tabIndex={-1} aria-label={`${canManage ? "Kelola" : "Lihat"} bukti dukung ${code}`}>{canManage ? "Kelola" : "Lihat"}</Link>
    </td>
  );
}
