import type { TItem } from "@/lib/scoring/types";

// Audit events in words a unit or an evaluator understands: answers by their option labels
// ("Ya", "B: Jika sebagian ..."), never raw codes, and every action in Indonesian. Pure.

type TSnapshot = Record<string, unknown> | null;
/** What the wording needs of the item: its options' and PERCENT inputs' labels. */
export type TItemLabels = Pick<TItem, "options" | "inputs">;

const VERDICT: Record<string, string> = { ACCEPTED: "diterima", REVISION_REQUESTED: "perlu perbaikan", PENDING: "belum dinilai" };
const LABEL_MAX = 80;

function shorten(text: string) {
  return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1).trimEnd()}…` : text;
}

/** "Ya" for Ya/Tidak; "B: Jika sebagian ..." for lettered options, whose label is a criterion. */
function optionText(key: string, item?: TItemLabels) {
  const label = item?.options.find((o) => o.key === key)?.label;
  if (!label) return key;
  return label.toLowerCase() === key.toLowerCase() ? label : `${key}: ${shorten(label)}`;
}

function answerText(snapshot: TSnapshot, item?: TItemLabels) {
  if (!snapshot) return "belum dijawab";
  if (snapshot.optionKey) return optionText(String(snapshot.optionKey), item);
  if (snapshot.surveyIndex !== null && snapshot.surveyIndex !== undefined) return `indeks ${String(snapshot.surveyIndex).replace(".", ",")}`;
  if (snapshot.inputs) {
    const label = (key: string) => item?.inputs.find((i) => i.key === key)?.label ?? key;
    return Object.entries(snapshot.inputs as Record<string, number>).map(([k, v]) => `${label(k)} ${v}`).join(", ");
  }
  return "belum dijawab";
}

function describeEvidence(action: string, before: TSnapshot, after: TSnapshot): string {
  const text = (value: unknown) => (value === undefined || value === null ? "" : String(value));
  switch (action) {
    case "evidence.upload":
      return `Bukti dukung diunggah: ${text(after?.fileName ?? after?.title)}`;
    case "evidence.replace":
      return `Bukti dukung diganti dengan versi ${text(after?.version)}: ${text(after?.fileName ?? after?.title)}`;
    case "evidence.link":
      return `Tautan bukti dukung ditambahkan: ${text(after?.title)}`;
    case "evidence.rename":
      return `Nama bukti dukung diubah: "${text(before?.title)}" → "${text(after?.title)}"`;
    case "evidence.delete":
      return `Bukti dukung dihapus: ${text(before?.title)}`;
    case "evidence.checklist":
      return after?.checked ? `Dokumen "${text(after.label)}" ditandai tersedia` : `Tanda dokumen "${text(after?.label)}" dihapus`;
    default:
      return "Bukti dukung diubah";
  }
}

export function describeAuditEvent(action: string, beforeJson: unknown, afterJson: unknown, item?: TItemLabels): string {
  const before = beforeJson as TSnapshot;
  const after = afterJson as TSnapshot;
  switch (action) {
    case "answer.save":
    case "answer.evaluator.save": {
      const who = action === "answer.save" ? "Jawaban unit" : "Jawaban TPI";
      const [was, now] = [answerText(before, item), answerText(after, item)];
      const changedNarrative = (before?.narrative ?? "") !== (after?.narrative ?? "");
      const parts = [was !== now ? `${who}: ${was} → ${now}` : null, changedNarrative ? "uraian bukti dukung diubah" : null];
      return parts.filter(Boolean).join("; ") || `${who} disimpan tanpa perubahan`;
    }
    case "review.verdict":
      return `Putusan TPI: ${VERDICT[String(after?.verdict)] ?? "diubah"}${after?.note ? ` — "${String(after.note)}"` : ""}`;
    case "answer.carry":
      return `Jawaban unit disalin dari LKE ${String(after?.fromYear ?? "tahun lalu")}: ${answerText(after, item)}`;
    case "answer.carry.confirm":
      return "Jawaban dari tahun lalu dikonfirmasi unit";
    case "evidence.carry":
      return `Bukti dukung disalin dari LKE tahun lalu: ${String(after?.title ?? "")}`;
    case "review.copy-self":
      return `Jawaban unit (${answerText(after, item)}) disalin sebagai jawaban TPI`;
    case "note.add":
      return `${after?.side === "EVALUATOR" ? "Catatan TPI" : "Balasan unit"}: "${String(after?.body ?? "")}"`;
    default:
      return action.startsWith("evidence.") ? describeEvidence(action, before, after) : "Perubahan lain tercatat";
  }
}
