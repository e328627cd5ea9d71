import type { TChangedItem } from "@/lib/review/round-changes";

/** What the unit changed on an item in words: "jawaban C → A; uraian diubah; bukti dukung (2 perubahan)". */
export function describeChange(change: TChangedItem) {
  return [
    change.answer ? `jawaban ${change.answer.before} → ${change.answer.after}` : null,
    change.narrativeChanged ? "uraian diubah" : null,
    change.evidenceChanges ? `bukti dukung (${change.evidenceChanges} perubahan)` : null,
  ].filter(Boolean).join("; ");
}

/** On the item under review: the unit changed it in the round just resubmitted. */
export function RoundChangeNote({ round, change }: { round: number; change: TChangedItem }) {
  return (
    <p className="rounded-md bg-blue-50 px-3 py-2 text-sm text-blue-950" data-testid={`changed-${change.code}`}>
      <span className="font-semibold">Diubah unit pada putaran perbaikan {round}:</span> {describeChange(change)}
    </p>
  );
}
