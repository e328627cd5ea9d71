import { describe, expect, it } from "vitest";
import type { TItem } from "@/lib/scoring/types";
import type { TAnswerDto } from "@/lib/assessments/types";
import { answersDiffer, pointsDifference } from "@/lib/worksheet/compare";

const item: TItem = {
  code: "A.I.1.1.b", text: "", answerType: "ABC", weight: null, inputs: [], formula: null, guidance: "", expectedEvidence: [],
  options: [{ key: "A", label: "Semua", value: 1 }, { key: "B", label: "Sebagian", value: 0.5 }, { key: "C", label: "Belum", value: 0 }],
};
const dto = (optionKey: string | null, value: number | null): TAnswerDto => ({
  itemId: "i", optionKey, inputs: null, surveyIndex: null, narrative: "", value, version: 1, updatedByName: null, updatedAt: null, carried: false, recheck: [],
});

describe("answersDiffer", () => {
  it("is a difference only once the TPI answered, and then any other answer is one", () => {
    expect(answersDiffer(item, dto("A", 1), null)).toBe(false);
    expect(answersDiffer(item, dto("A", 1), dto(null, null))).toBe(false);
    expect(answersDiffer(item, dto("A", 1), dto("A", 1))).toBe(false);
    expect(answersDiffer(item, dto("A", 1), dto("B", 0.5))).toBe(true);
    expect(answersDiffer(item, null, dto("C", 0))).toBe(true);
  });
});

describe("pointsDifference", () => {
  it("is the TPI's points minus the unit's, when both answered", () => {
    expect(pointsDifference(dto("A", 1), dto("B", 0.5), 0.5)).toBe(-0.25);
    expect(pointsDifference(dto("C", 0), dto("A", 1), 2)).toBe(2);
    expect(pointsDifference(null, dto("A", 1), 2)).toBeNull();
  });
});
