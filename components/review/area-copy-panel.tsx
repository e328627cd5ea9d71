"use client";

import { useState } from "react";
import { copyAreaSelfAnswersAction } from "@/lib/review/actions";
import type { TCopyAreaResult } from "@/lib/review/copy-area";
import { useScores } from "@/components/lke/score-context";
import { useActionCall } from "@/components/review/use-action-call";

type TProps = {
  assessmentId: string;
  sectionCode: string;
  /** Items with a unit answer, no TPI answer and not sent back, with the TPI version seen. */
  candidates: { itemId: string; code: string; expectedVersion: number }[];
  /** Items neither side answered: the evaluator must give their own answer. */
  unitUnanswered: string[];
};

const SKIP_REASON: Record<TCopyAreaResult["skipped"][number]["reason"], string> = {
  answered: "sudah dijawab TPI",
  flagged: "ditandai perlu perbaikan",
  unanswered: "belum dijawab unit",
};

/** For an evaluator who agrees with the unit on a whole area: copy and accept in one step. */
export function AreaCopyPanel({ assessmentId, sectionCode, candidates, unitUnanswered }: TProps) {
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<TCopyAreaResult | null>(null);
  const { call, pending, error } = useActionCall();
  const { update } = useScores();
  const run = () => call(() => copyAreaSelfAnswersAction({ assessmentId, sectionCode, items: candidates.map(({ itemId, expectedVersion }) => ({ itemId, expectedVersion })) }), (data) => {
    if (data.scores) update(data.scores);
    setResult(data);
    setConfirming(false);
  });
  return (
    <section aria-labelledby="salin-area" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="area-copy">
      <h2 id="salin-area" className="font-semibold">Setuju dengan jawaban unit?</h2>
      {candidates.length > 0 ? (
        <p>{candidates.length} butir di area {sectionCode} belum memiliki jawaban TPI. Salin jawaban unit ke butir-butir itu sebagai jawaban TPI dan tandai diterima.</p>
      ) : <p>Semua butir yang dijawab unit di area ini sudah memiliki jawaban TPI atau sedang diminta perbaikan.</p>}
      {unitUnanswered.length > 0 ? <p className="text-amber-900">Belum dijawab unit, isi jawaban TPI sendiri: {unitUnanswered.join(", ")}.</p> : null}
      {candidates.length > 0 && !confirming ? (
        <button type="button" onClick={() => setConfirming(true)} className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800">
          Salin jawaban unit ({candidates.length} butir)
        </button>
      ) : null}
      {confirming ? (
        <div role="alertdialog" aria-label="Salin jawaban unit" className="space-y-2 rounded-md border border-slate-300 p-3">
          <p>Jawaban unit pada {candidates.map((c) => c.code).join(", ")} menjadi jawaban TPI dan butir-butir itu diterima. Lanjutkan?</p>
          <div className="flex gap-2">
            <button type="button" disabled={pending} onClick={run} className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white disabled:opacity-50">
              {pending ? "Menyalin..." : "Ya, salin dan terima"}
            </button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded-md border border-slate-300 px-3 py-1.5">Batal</button>
          </div>
        </div>
      ) : null}
      {result ? (
        <div role="status" className="text-emerald-800">
          <p>{result.copied.length} butir disalin dan diterima.</p>
          {result.skipped.length ? <p className="text-slate-700">Dilewati: {result.skipped.map((s) => `${s.code} (${SKIP_REASON[s.reason]})`).join(", ")}.</p> : null}
        </div>
      ) : null}
      {error ? <p role="alert" className="text-red-700">{error}</p> : null}
    </section>
  );
}
