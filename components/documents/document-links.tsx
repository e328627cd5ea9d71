import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

type TProps = { assessmentId: string; status: AssessmentStatus; isEvaluator: boolean; only?: ("lke" | "lhe" | "berita-acara")[] };

const LABEL = { lke: "LKE (PDF)", lhe: "LHE (PDF)", "berita-acara": "Berita Acara (PDF)" } as const;

/**
 * The official PDFs of an assessment. The LHE and the Berita Acara are offered where the LHE
 * page is (final, or to the evaluators); before finalisation they print as a draft.
 */
export function DocumentLinks({ assessmentId, status, isEvaluator, only }: TProps) {
  const evaluation = status === "FINAL" || isEvaluator;
  const names = (only ?? ["lke", "lhe", "berita-acara"]).filter((name) => name === "lke" || evaluation);
  if (names.length === 0) return null;
  return (
    <nav aria-label="Dokumen PDF" className="no-print flex flex-wrap items-center gap-2 text-sm">
      <span className="text-slate-600">Unduh:</span>
      {names.map((name) => (
        <a key={name} href={`/api/dokumen/${assessmentId}/${name}?unduh=1`} download
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100">{LABEL[name]}</a>
      ))}
    </nav>
  );
}
