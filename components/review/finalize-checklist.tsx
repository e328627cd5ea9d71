import Link from "next/link";
import type { TFinalizeChecklist, TOpenItem } from "@/lib/review/finalize-checklist";

function reasons(item: TOpenItem) {
  return [
    item.missingAnswer ? "belum ada jawaban TPI" : null,
    item.verdict === "REVISION_REQUESTED" ? "perlu perbaikan" : item.accepted ? null : "belum diterima",
  ].filter(Boolean).join(", ");
}

/**
 * What is still open before finalisation, grouped by area, each item and precondition a link:
 * a lead with many units works through it top to bottom.
 */
export function FinalizeChecklist({ assessmentId, checklist }: { assessmentId: string; checklist: TFinalizeChecklist }) {
  if (checklist.ready) {
    return <p className="text-sm font-medium text-emerald-800" data-testid="finalize-checklist">Semua {checklist.itemCount} butir sudah dinilai dan diterima, dan semua prasyarat sudah diputuskan.</p>;
  }
  const sections = new Map<string, TOpenItem[]>();
  for (const item of checklist.openItems) sections.set(item.sectionCode, [...(sections.get(item.sectionCode) ?? []), item]);
  return (
    <div className="space-y-3 text-sm" data-testid="finalize-checklist">
      <p>
        Belum lengkap: <span className="font-semibold">{checklist.openItems.length} dari {checklist.itemCount} butir</span> dan{" "}
        <span className="font-semibold">{checklist.openPreconditions.length} prasyarat</span>.
      </p>
      {checklist.openItems.length > 0 ? (
        <ul className="space-y-1">
          {[...sections].map(([code, items]) => (
            <li key={code}>
              <details>
                <summary className="cursor-pointer">
                  <Link href={`/evaluasi/${assessmentId}/${code}`} className="font-medium text-brand-700 underline">{code} {items[0]!.sectionTitle}</Link>: {items.length} butir
                </summary>
                <ul className="mt-1 list-disc space-y-0.5 pl-6">
                  {items.map((item) => (
                    <li key={item.itemId}>
                      <Link href={`/evaluasi/${assessmentId}/${code}#butir-${item.code}`} className="font-mono text-brand-700 underline">{item.code}</Link> {reasons(item)}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      ) : null}
      {checklist.openPreconditions.length > 0 ? (
        <ul className="list-disc space-y-0.5 pl-5">
          {checklist.openPreconditions.map((p) => (
            <li key={p.label}>
              Prasyarat <Link href={`/evaluasi/${assessmentId}#prasyarat`} className="text-brand-700 underline">{p.label}</Link>:{" "}
              {p.reason === "undecided" ? "belum diputuskan" : "catatan dasar keputusan belum diisi"}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
