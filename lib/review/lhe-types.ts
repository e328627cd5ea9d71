import type { TPredicateResult } from "@/lib/scoring/types";

export type TLheScoreRow = { code: string; title: string; weight: number; self: number; evaluator: number };
export type TLheArea = TLheScoreRow & { partTitle: string; recommendation: string };

/** Laporan Hasil Evaluasi: live while drafting, frozen at finalisation. */
export type TLhe = {
  unitName: string;
  periodName: string;
  catalogueLabel: string;
  finalizedAt: string | null;
  /** NIP printed under each signature; absent in LHEs frozen before NIPs were kept. */
  evaluators: { name: string; role: "LEAD" | "MEMBER"; nip?: string | null }[];
  revisionRound: number;
  totals: { self: number; evaluator: number };
  parts: TLheScoreRow[];
  areas: TLheArea[];
  predicates: TPredicateResult[];
  preconditions: { label: string; met: boolean | null; note: string }[];
};
