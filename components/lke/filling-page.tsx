"use client";

import { createContext, useCallback, useContext, useMemo, useState } from "react";
import { EvidenceCompleteness } from "@/components/evidence/evidence-completeness";

// What the page around the item cards shows about them and must follow live: which items are
// answered and carry evidence ("Bukti dukung: X dari Y"), and who is filling (to keep unsent
// answers per user). Optional: without the provider cards still work (as userless unsent copies).

type TItemTally = { answered: boolean; evidence: number };

type TFillingPage = {
  userId: string | null;
  setAnswered: (itemId: string, answered: boolean) => void;
  setEvidenceCount: (itemId: string, count: number) => void;
  tally: Record<string, TItemTally>;
};

const NONE: TFillingPage = { userId: null, setAnswered: () => {}, setEvidenceCount: () => {}, tally: {} };
const FillingPageContext = createContext<TFillingPage>(NONE);
// Who fills and the setters, stable: item cards and rows that only report do not re-render when
// another item's tally changes.
type TFillingActions = Omit<TFillingPage, "tally">;
const FillingActionsContext = createContext<TFillingActions>(NONE);

export function FillingPageProvider({ userId, initial, children }: { userId: string; initial: Record<string, TItemTally>; children: React.ReactNode }) {
  const [tally, setTally] = useState(initial);
  const patch = useCallback((itemId: string, change: Partial<TItemTally>) => {
    setTally((current) => {
      const before = current[itemId] ?? { answered: false, evidence: 0 };
      const next = { ...before, ...change };
      return next.answered === before.answered && next.evidence === before.evidence ? current : { ...current, [itemId]: next };
    });
  }, []);
  const setAnswered = useCallback((itemId: string, answered: boolean) => patch(itemId, { answered }), [patch]);
  const setEvidenceCount = useCallback((itemId: string, evidence: number) => patch(itemId, { evidence }), [patch]);
  const actions = useMemo(() => ({ userId, setAnswered, setEvidenceCount }), [userId, setAnswered, setEvidenceCount]);
  const value = useMemo(() => ({ ...actions, tally }), [actions, tally]);
  return (
    <FillingActionsContext.Provider value={actions}>
      <FillingPageContext.Provider value={value}>{children}</FillingPageContext.Provider>
    </FillingActionsContext.Provider>
  );
}

export function useFillingPage() {
  return useContext(FillingPageContext);
}

export function useFillingActions() {
  return useContext(FillingActionsContext);
}

/** "Bukti dukung: X dari Y butir terjawab" for the items of this page, after every save. */
export function LiveEvidenceCompleteness({ className }: { className?: string }) {
  const { tally } = useFillingPage();
  const answered = Object.values(tally).filter((t) => t.answered);
  return <EvidenceCompleteness className={className} completeness={{ answered: answered.length, answeredWithEvidence: answered.filter((t) => t.evidence > 0).length }} />;
}
