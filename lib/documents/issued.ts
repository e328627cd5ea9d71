import type { TSigner } from "@/lib/documents/pdf/layout";

/** What is fixed when an evaluation is finalised, kept in the reports' content under "issued". */
export type TIssued = {
  place: string;
  /** The official who signs "Mengetahui" on the LHE, if the agency named one. */
  approver: TSigner | null;
  /** The unit's head, who signs "Mengetahui" on the Berita Acara. */
  unitHead: TSigner | null;
};

export function issuedOf(content: unknown): TIssued | null {
  const issued = (content as { issued?: TIssued } | null)?.issued;
  return issued ?? null;
}
