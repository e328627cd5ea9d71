import { describe, expect, it } from "vitest";
import { answerValue } from "@/lib/scoring/answer-value";
import { likertIndex, likertPoint } from "@/lib/scoring/likert";
import { Rational } from "@/lib/scoring/rational";
import { makeItem } from "@/lib/scoring/test-support";
import { validateAnswer } from "@/lib/scoring/validate-answer";

const FOUR = { min: 1, max: 4, labels: ["1", "2", "3", "4"] };
const SIX = { min: 1, max: 6, labels: ["1", "2", "3", "4", "5", "6"] };
const INDEX_1_4 = { min: 1, max: 4 };
const r = (text: string) => Rational.parse(text);

describe("Likert scale conversion to the index", () => {
  it("1-4 scale onto a 1-4 index is the point itself, and means stay exact", () => {
    for (const point of [1, 2, 3, 4]) expect(likertIndex(FOUR, INDEX_1_4, Rational.of(BigInt(point))).toExact()).toBe(String(point));
    // Mean of 3, 4, 4 = 11/3.
    expect(likertIndex(FOUR, INDEX_1_4, r("11/3")).toExact()).toBe("11/3");
  });

  it("1-6 scale onto a 1-4 index: 1 + (p - 1) x 3/5", () => {
    expect(likertIndex(SIX, INDEX_1_4, r("1")).toExact()).toBe("1");
    expect(likertIndex(SIX, INDEX_1_4, r("6")).toExact()).toBe("4");
    expect(likertIndex(SIX, INDEX_1_4, r("4")).toExact()).toBe("14/5"); // 2.8
    expect(likertIndex(SIX, INDEX_1_4, r("5")).toFixed(2)).toBe("3.40");
    // Mean 4.5 (answers 4 and 5) -> 1 + 3.5 x 0.6 = 3.1.
    expect(likertIndex(SIX, INDEX_1_4, r("9/2")).toExact()).toBe("31/10");
  });

  it("1-5 scale kept on a 1-5 index (PEKPPP F-03) is the mean itself", () => {
    const five = { min: 1, max: 5, labels: ["1", "2", "3", "4", "5"] };
    expect(likertIndex(five, { min: 1, max: 5 }, r("17/4")).toExact()).toBe("17/4");
  });
});

describe("LIKERT answers in the engine", () => {
  const item = makeItem("S.1", "LIKERT", { scale: SIX });

  it("reads a point as its share of the scale", () => {
    expect(answerValue(item, { optionKey: "6" })?.toExact()).toBe("1");
    expect(answerValue(item, { optionKey: "1" })?.toExact()).toBe("0");
    expect(answerValue(item, { optionKey: "4" })?.toExact()).toBe("3/5");
    expect(answerValue(item, { optionKey: "7" })).toBeNull();
  });

  it("accepts only whole points of the item's scale", () => {
    expect(validateAnswer(item, { optionKey: "5" })).toEqual({ ok: true, answer: { optionKey: "5", inputs: null, surveyIndex: null } });
    expect(validateAnswer(item, { optionKey: 6 })).toMatchObject({ ok: true, answer: { optionKey: "6" } });
    for (const bad of ["0", "7", "2.5", "x", "-1"]) {
      expect(validateAnswer(item, { optionKey: bad })).toEqual({ ok: false, message: "Jawaban butir S.1 harus salah satu nilai 1 sampai 6" });
    }
    expect(likertPoint(FOUR, "5")).toBeNull();
    expect(likertPoint(FOUR, "04")).toBe(4);
  });
});
