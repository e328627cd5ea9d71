"use client";

import { createContext, useContext, type ReactNode } from "react";

type TOption = { value: string; label: string };
export type TPlanGridShared = {
  assessmentId: string;
  canEdit: boolean;
  canRealise: boolean;
  people: { id: string; name: string }[];
  /** Per indicator (catalogue node id), its items' expected documents. */
  documentsByNode: Record<string, TOption[]>;
};

// What every row's forms need, sent to the browser once for the grid instead of once per row.
const PlanGridContext = createContext<TPlanGridShared | null>(null);

export function PlanGridProvider({ value, children }: { value: TPlanGridShared; children: ReactNode }) {
  return <PlanGridContext.Provider value={value}>{children}</PlanGridContext.Provider>;
}

export function usePlanGrid(): TPlanGridShared {
  const value = useContext(PlanGridContext);
  if (!value) throw new Error("usePlanGrid outside PlanGridProvider");
  return value;
}
