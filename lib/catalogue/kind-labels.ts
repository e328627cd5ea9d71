import type { TNodeKind } from "@/lib/scoring/types";

/** Indonesian names of the node kinds, for validation messages. */
export const KIND_LABEL: Record<TNodeKind, string> = {
  component: "komponen",
  part: "bagian",
  area: "area",
  indicator: "indikator",
};

/** "the weights of its ..." per kind, as the sentence needs it ("jumlah bobot indikatornya"). */
export const CHILDREN_LABEL: Record<TNodeKind, string> = {
  component: "bagiannya",
  part: "areanya",
  area: "indikatornya",
  indicator: "subindikatornya",
};

/** Which kinds may sit directly below each kind ("root" = top level of the catalogue). */
export const ALLOWED_CHILD_KIND: Record<TNodeKind | "root", TNodeKind> = {
  root: "component",
  component: "part",
  part: "area",
  area: "indicator",
  indicator: "indicator",
};

/** Questions sit in indicators, or directly in a part (Hasil has no areas). */
export const KINDS_HOLDING_QUESTIONS: readonly TNodeKind[] = ["part", "indicator"];
