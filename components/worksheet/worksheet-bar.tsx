"use client";

import Link from "next/link";
import { formatScore } from "@/lib/format";
import type { TWorksheetSide } from "@/lib/worksheet/types";
import { LiveScore, useScores } from "@/components/lke/score-context";
import { LiveEvidenceCompleteness } from "@/components/lke/filling-page";
import { UnsentIndicator } from "@/components/lke/unsent-indicator";

type TProps = { assessmentId: string; side: TWorksheetSide; overviewHref: string; selfTotal?: number };

/** Above the sheet: the totals as they change, answers not yet on the server, the way back. */
export function WorksheetBar({ assessmentId, side, overviewHref, selfTotal }: TProps) {
  const { scores } = useScores();
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-1 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
      {side === "EVALUATOR" ? <span>Nilai mandiri <span className="font-semibold">{formatScore(selfTotal ?? 0)}</span></span> : null}
      <span>{side === "EVALUATOR" ? "Total TPI" : "Total LKE"} <LiveScore code="TOTAL" className="font-semibold" /></span>
      <span className="text-slate-700">{side === "EVALUATOR" ? "Dinilai TPI" : "Terjawab"} <span data-testid="live-answered-TOTAL">{scores.answered}/{scores.itemCount}</span></span>
      {side === "SELF" ? <LiveEvidenceCompleteness className="text-slate-700" /> : null}
      <Link href={overviewHref} className="ml-auto text-brand-700 underline">{side === "EVALUATOR" ? "Ringkasan evaluasi" : "Ringkasan LKE"}</Link>
      <UnsentIndicator assessmentId={assessmentId} />
    </div>
  );
}
