// Audit events in words a unit or an evaluator understands.

type TSnapshot = Record<string, unknown> | null;

const VERDICT: Record<string, string> = { ACCEPTED: "diterima", REVISION_REQUESTED: "perlu perbaikan", PENDING: "belum dinilai" };

function answerText(snapshot: TSnapshot) {
  if (!snapshot) return "kosong";
  if (snapshot.optionKey) return String(snapshot.optionKey);
  if (snapshot.surveyIndex !== null && snapshot.surveyIndex !== undefined) return `indeks ${String(snapshot.surveyIndex).replace(".", ",")}`;
  if (snapshot.inputs) return Object.entries(snapshot.inputs as Record<string, number>).map(([k, v]) => `${k} ${v}`).join(", ");
  return "kosong";
}

export function describeAuditEvent(action: string, beforeJson: unknown, afterJson: unknown): string {
  const before = beforeJson as TSnapshot;
  const after = afterJson as TSnapshot;
  switch (action) {
    case "answer.save":
    case "answer.evaluator.save": {
      const who = action === "answer.save" ? "Jawaban unit" : "Jawaban TPI";
      const changedAnswer = answerText(before) !== answerText(after);
      const changedNarrative = (before?.narrative ?? "") !== (after?.narrative ?? "");
      const parts = [changedAnswer ? `${who}: ${answerText(before)} → ${answerText(after)}` : null, changedNarrative ? "uraian bukti dukung diubah" : null];
      return parts.filter(Boolean).join("; ") || `${who} disimpan tanpa perubahan`;
    }
    case "review.verdict":
      return `Putusan TPI: ${VERDICT[String(after?.verdict)] ?? String(after?.verdict)}${after?.note ? ` — "${String(after.note)}"` : ""}`;
    case "answer.carry":
      return `Jawaban unit disalin dari LKE ${String(after?.fromYear ?? "tahun lalu")}: ${answerText(after)}`;
    case "answer.carry.confirm":
      return "Jawaban dari tahun lalu dikonfirmasi unit";
    case "evidence.carry":
      return `Bukti dukung disalin dari LKE tahun lalu: ${String(after?.title ?? "")}`;
    case "review.copy-self":
      return `Jawaban unit (${answerText(after)}) disalin sebagai jawaban TPI`;
    case "note.add":
      return `${after?.side === "EVALUATOR" ? "Catatan TPI" : "Balasan unit"}: "${String(after?.body ?? "")}"`;
    default:
      if (action.startsWith("evidence.")) return `Bukti dukung: ${action.slice("evidence.".length)} ${after?.title ?? after?.fileName ?? before?.title ?? ""}`.trim();
      return action;
  }
}
