import type { TAnswerDto } from "@/lib/assessments/types";
import type { TAnswer } from "@/lib/scoring/types";

type TAnswerRow = {
  itemId: string;
  optionKey: string | null;
  inputs: unknown;
  surveyIndex: { toNumber(): number } | number | null;
  narrative: string;
  value: number | null;
  version: number;
  updatedAt: Date;
  updatedBy?: { name: string } | null;
  carried?: boolean;
  recheck?: string[];
};

export function toAnswerDto(row: TAnswerRow): TAnswerDto {
  return {
    itemId: row.itemId,
    optionKey: row.optionKey,
    inputs: (row.inputs as Record<string, number> | null) ?? null,
    surveyIndex: row.surveyIndex === null ? null : Number(row.surveyIndex),
    narrative: row.narrative,
    value: row.value,
    version: row.version,
    updatedByName: row.updatedBy?.name ?? null,
    updatedAt: row.updatedAt.toISOString(),
    carried: row.carried ?? false,
    recheck: row.recheck ?? [],
  };
}

export function toEngineAnswer(row: Pick<TAnswerRow, "optionKey" | "inputs" | "surveyIndex">): TAnswer {
  return {
    optionKey: row.optionKey,
    inputs: (row.inputs as Record<string, number> | null) ?? null,
    surveyIndex: row.surveyIndex === null ? null : Number(row.surveyIndex),
  };
}
