import { describe, expect, it } from "vitest";
import { isSameAnswer, isTransientCode, retryDelayMs } from "@/lib/assessments/save-retry";
import type { TAnswerDto } from "@/lib/assessments/types";

const stored = (fields: Partial<TAnswerDto>): TAnswerDto => ({
  itemId: "i", optionKey: null, inputs: null, surveyIndex: null, narrative: "", value: 1, version: 2, updatedByName: "A", updatedAt: null, carried: false, recheck: [], ...fields,
});

describe("isTransientCode", () => {
  it("retries server failures and unknown codes, never refusals or conflicts", () => {
    expect(isTransientCode("INTERNAL")).toBe(true);
    expect(isTransientCode("UNAVAILABLE")).toBe(true);
    for (const code of ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "INVALID_STATE", "UNAUTHENTICATED", "CONFLICT"]) {
      expect(isTransientCode(code)).toBe(false);
    }
  });
});

describe("retryDelayMs", () => {
  it("doubles from 2 s up to a minute", () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((attempt) => retryDelayMs(attempt, middle))).toEqual([2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it("spreads each delay by at most 20%", () => {
    expect(retryDelayMs(1, () => 0)).toBe(1600);
    expect(retryDelayMs(1, () => 1)).toBe(2400);
  });
});

describe("isSameAnswer", () => {
  it("matches the stored answer field by field, narrative included", () => {
    expect(isSameAnswer(stored({ optionKey: "A", narrative: "SK" }), { optionKey: "A", inputs: null, surveyIndex: null }, "SK")).toBe(true);
    expect(isSameAnswer(stored({ optionKey: "A", narrative: "SK" }), { optionKey: "A" }, "SK lama")).toBe(false);
    expect(isSameAnswer(stored({ optionKey: "B" }), { optionKey: "A" }, "")).toBe(false);
    expect(isSameAnswer(stored({ inputs: { harus: 3, selesai: 2 } }), { inputs: { selesai: 2, harus: 3 } }, "")).toBe(true);
    expect(isSameAnswer(stored({ inputs: { harus: 3, selesai: 2 } }), { inputs: { harus: 3, selesai: 1 } }, "")).toBe(false);
    expect(isSameAnswer(stored({ surveyIndex: 3.6 }), { surveyIndex: 3.6 }, "")).toBe(true);
    expect(isSameAnswer(null, { optionKey: "A" }, "")).toBe(false);
  });
});
