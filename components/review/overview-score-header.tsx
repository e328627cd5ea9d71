import Link from "next/link";
import type { TNode } from "@/lib/scoring/types";
import type { TStoredScore } from "@/lib/assessments/types";
import type { TOverviewScores } from "@/lib/review/overview-scores";
import { displayTitle } from "@/lib/scoring/format-id";
import { formatScore } from "@/lib/format";

type TProps = { assessmentId: string; scores: TOverviewScores; parts: TNode[]; evidence: React.ReactNode };

/**
 * The unit overview's headline numbers. Before the review: the self-assessment. Once the TPI
 * started: its score beside the unit's. Once final: the TPI score is the result, the unit's
 * own score stands beside it.
 */
export function OverviewScoreHeader({ assessmentId, scores, parts, evidence }: TProps) {
  const { self, evaluator, headline } = scores;
  const final = headline === "EVALUATOR" && evaluator !== null;
  const main = final ? evaluator : self;
  const second = final ? self : evaluator;
  const selfCard = (
    <>
      <p className="text-xs opacity-90">{self.answered}/{self.itemCount} butir terjawab</p>
      {evidence}
    </>
  );
  return (
    <section aria-label="Nilai total" className={`grid gap-3 sm:grid-cols-2 ${second ? "lg:grid-cols-5" : "lg:grid-cols-4"}`}>
      <div className="rounded-lg bg-brand-800 p-4 text-white">
        <p className="text-sm opacity-90">{final ? "Nilai akhir (TPI)" : "Nilai total (mandiri)"}</p>
        <p className="text-3xl font-bold" data-testid={final ? "total-score-evaluator" : "total-score"}>{formatScore(main.total)}</p>
        {final ? <p className="text-xs opacity-90">Hasil evaluasi TPI yang sudah final</p> : selfCard}
      </div>
      {second ? (
        <div className="rounded-lg border-2 border-brand-700 bg-white p-4">
          <p className="text-sm text-slate-600">{final ? "Nilai mandiri" : "Nilai TPI (sementara)"}</p>
          <p className="text-2xl font-semibold" data-testid={final ? "total-score" : "total-score-evaluator"}>{formatScore(second.total)}</p>
          {final ? <div className="text-slate-600">{selfCard}</div> : (
            <p className="text-xs text-slate-600">{second.answered}/{second.itemCount} butir sudah dinilai TPI</p>
          )}
          <Link href={`/lke/${assessmentId}/perbandingan`} className="text-xs text-brand-700 underline">Bandingkan per area</Link>
        </div>
      ) : null}
      {parts.map((node) => <PartCard key={node.code} node={node} main={main} second={second} secondLabel={final ? "mandiri" : "TPI"} />)}
    </section>
  );
}

function PartCard({ node, main, second, secondLabel }: { node: TNode; main: TStoredScore; second: TStoredScore | null; secondLabel: string }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <p className="text-sm text-slate-600">{node.code} {displayTitle(node.title)}</p>
      <p className="text-2xl font-semibold" data-testid={`summary-score-${node.code}`}>{formatScore(main.nodes[node.code]?.score ?? 0)}</p>
      <p className="text-xs text-slate-500">
        dari {formatScore(node.weight)}
        {second ? <> · {secondLabel} {formatScore(second.nodes[node.code]?.score ?? 0)}</> : null}
      </p>
    </div>
  );
}
