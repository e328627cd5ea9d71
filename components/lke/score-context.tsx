"use client";

import { createContext, useCallback, useContext, useMemo, useState } from "react";
import type { TScoreSummary } from "@/lib/assessments/types";
import { formatScore } from "@/lib/format";

type TScoreContext = { scores: TScoreSummary; update: (next: TScoreSummary) => void };
const ScoreContext = createContext<TScoreContext | null>(null);
// The setter alone, stable: what saves without showing a score does not re-render on every save.
const ScoreUpdateContext = createContext<TScoreContext["update"] | null>(null);

/** Holds the stored scores the last save returned, so every number on the page follows it. */
export function ScoreProvider({ initial, children }: { initial: TScoreSummary; children: React.ReactNode }) {
  const [scores, setScores] = useState(initial);
  const update = useCallback((next: TScoreSummary) => setScores(next), []);
  const value = useMemo(() => ({ scores, update }), [scores, update]);
  return (
    <ScoreUpdateContext.Provider value={update}>
      <ScoreContext.Provider value={value}>{children}</ScoreContext.Provider>
    </ScoreUpdateContext.Provider>
  );
}

export function useScores() {
  const context = useContext(ScoreContext);
  if (!context) throw new Error("useScores outside ScoreProvider");
  return context;
}

export function useScoreUpdate() {
  const update = useContext(ScoreUpdateContext);
  if (!update) throw new Error("useScoreUpdate outside ScoreProvider");
  return update;
}

export function LiveScore({ code, className }: { code: string | "TOTAL"; className?: string }) {
  const { scores } = useScores();
  const value = code === "TOTAL" ? scores.total : (scores.nodes[code]?.score ?? 0);
  return <span className={className} data-testid={`live-score-${code}`}>{formatScore(value)}</span>;
}

export function LiveAnswered({ code, total }: { code: string; total: number }) {
  const { scores } = useScores();
  return <span data-testid={`live-answered-${code}`}>{scores.nodes[code]?.answered ?? 0}/{total}</span>;
}
