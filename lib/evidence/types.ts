// What the browser sees of evidence: small DTOs, never raw rows or storage keys.

export type TEvidenceVersionDto = {
  version: number;
  fileName: string;
  size: number;
  mimeType: string;
  createdByName: string;
  createdAt: string;
};

export type TEvidenceDto = {
  id: string;
  itemId: string;
  kind: "FILE" | "LINK";
  title: string;
  url: string | null;
  /** The item's expected document this is (index into expectedEvidence), when the uploader said so. */
  expectedEntry: number | null;
  /** The rencana aksi step whose file this is, when attached from the plan. */
  planStep: { description: string } | null;
  createdByName: string;
  createdAt: string;
  /** The file the entry holds now (FILE only). */
  file: TEvidenceVersionDto | null;
  /** Every file the entry has held, newest first (FILE only). */
  versions: TEvidenceVersionDto[];
};

/** One item's evidence as its panel starts with. */
export type TItemEvidence = {
  entries: TEvidenceDto[];
  /** Indexes into the item's expectedEvidence the unit has ticked. */
  ticks: number[];
  maxFileBytes: number;
  /** Files the indicator's plan steps produced, offered with one click (not yet on this item). */
  planOffers?: TPlanFileOffer[];
};

export type TPlanFileOffer = { fileId: string; fileName: string; stepDescription: string; month: number };

export type TEvidenceCompleteness = { answered: number; answeredWithEvidence: number };

/** An item without evidence (before loading, or outside the loaded set). */
export const NO_EVIDENCE: TItemEvidence = Object.freeze({ entries: [], ticks: [], maxFileBytes: 0 }) as TItemEvidence;
