import Link from "next/link";
import type { TRoundChanges } from "@/lib/review/round-changes";
import { formatDateTime } from "@/lib/format";
import { describeChange } from "@/components/review/round-change-note";

/** After a resubmission: exactly what the unit changed in that round, and what it left alone. */
export function RoundChangesList({ assessmentId, changes }: { assessmentId: string; changes: TRoundChanges }) {
  const link = (code: string, sectionCode: string) => (
    <Link href={`/evaluasi/${assessmentId}/${sectionCode}#butir-${code}`} className="font-mono text-brand-700 underline">{code}</Link>
  );
  return (
    <section aria-labelledby="perubahan-unit" className="space-y-2 rounded-lg border border-blue-200 bg-blue-50 p-4 text-sm" data-testid="round-changes">
      <h2 id="perubahan-unit" className="text-lg font-semibold">Perubahan unit pada putaran perbaikan {changes.round}</h2>
      <p className="text-slate-700">Dikirim ulang {formatDateTime(changes.resubmittedAt)}. {changes.changed.length} butir diubah unit.</p>
      {changes.changed.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5">
          {changes.changed.map((c) => <li key={c.itemId}>{link(c.code, c.sectionCode)} {describeChange(c)}</li>)}
        </ul>
      ) : null}
      {changes.unchangedFlagged.length > 0 ? (
        <p className="text-amber-900">
          Diminta perbaikan tetapi tidak diubah unit:{" "}
          {changes.unchangedFlagged.map((f, i) => <span key={f.itemId}>{i ? ", " : ""}{link(f.code, f.sectionCode)}</span>)}
        </p>
      ) : null}
    </section>
  );
}
