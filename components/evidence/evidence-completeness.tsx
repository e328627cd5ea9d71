import type { TEvidenceCompleteness } from "@/lib/evidence/types";

/** "Bukti dukung: 12 dari 15 butir terjawab": answered items that carry at least one piece of evidence. */
export function EvidenceCompleteness({ completeness, className }: { completeness: TEvidenceCompleteness; className?: string }) {
  const { answered, answeredWithEvidence } = completeness;
  const missing = answered - answeredWithEvidence;
  return (
    <span className={className} data-testid="evidence-completeness" title={missing > 0 ? `${missing} butir terjawab belum memiliki bukti dukung` : undefined}>
      {answered === 0
        ? "Bukti dukung: belum ada butir terjawab"
        : `Bukti dukung: ${answeredWithEvidence} dari ${answered} butir terjawab`}
    </span>
  );
}
