import { describe, expect, it } from "vitest";
import { answerValue as engineValue } from "@/lib/scoring/answer-value";
import { listItems } from "@/lib/scoring/catalogue-walk";
import { makeItem, SCALES, shippedCatalogue } from "@/lib/scoring/test-support";
import type { TItem } from "@/lib/scoring/types";

/** The exact value as stored text ("3/4"), so expectations are exact too. */
const answerValue = (...args: Parameters<typeof engineValue>) => engineValue(...args)?.toExact() ?? null;

const shippedItem = (code: string): TItem => {
  const place = listItems(shippedCatalogue()).find(({ item }) => item.code === code);
  if (!place) throw new Error(`no item ${code}`);
  return place.item;
};

describe("answerValue: option types", () => {
  it.each(Object.entries(SCALES))("%s uses the DOMAIN.md scale on every shipped item", (type, scale) => {
    const items = listItems(shippedCatalogue()).filter(({ item }) => item.answerType === type);
    expect(items.length).toBeGreaterThan(0);
    for (const { item } of items) {
      expect(item.options.map((option) => [option.key, engineValue(item, { optionKey: option.key })?.toNumber()])).toEqual(scale);
    }
  });

  it("treats a missing answer, a null key and an unknown key as unanswered", () => {
    const item = makeItem("x", "ABC");
    expect(answerValue(item, undefined)).toBeNull();
    expect(answerValue(item, {})).toBeNull();
    expect(answerValue(item, { optionKey: null })).toBeNull();
    expect(answerValue(item, { optionKey: "F" })).toBeNull();
    expect(answerValue(item, { optionKey: "a" })).toBeNull();
  });

  it("reads only the field of the item's type", () => {
    expect(answerValue(makeItem("x", "ABC"), { surveyIndex: 4, inputs: { a: 1 } })).toBeNull();
  });
});

describe("answerValue: PERCENT ratio", () => {
  it("sums several denominator inputs (LHKASN: es3 + es4 + fung)", () => {
    const item = shippedItem("A.II.5.3.2.a");
    expect(answerValue(item, { inputs: { es3: 2, es4: 3, fung: 5, lapor: 8 } })).toBe("4/5");
    expect(answerValue(item, { inputs: { es3: 0, es4: 3, fung: 3, lapor: 3 } })).toBe("1/2");
  });

  it("sums several numerator inputs", () => {
    const item = makeItem("x", "PERCENT", {
      inputs: [{ key: "a", label: "A" }, { key: "b", label: "B" }, { key: "n", label: "N" }],
      formula: { kind: "ratio", numerator: ["a", "b"], denominator: ["n"], whenDenominatorZero: 0 },
    });
    expect(answerValue(item, { inputs: { a: 1, b: 2, n: 4 } })).toBe("3/4");
  });

  it("uses whenDenominatorZero from the catalogue: 1 for complaints and wealth reports, 0 otherwise", () => {
    expect(answerValue(shippedItem("A.II.5.2.a"), { inputs: { harus: 0, proses: 0, selesai: 0 } })).toBe("1");
    expect(answerValue(shippedItem("A.II.5.3.1.a"), { inputs: { wajib: 0, lapor: 0 } })).toBe("1");
    expect(answerValue(shippedItem("A.II.5.3.2.a"), { inputs: { es3: 0, es4: 0, fung: 0, lapor: 0 } })).toBe("1");
    expect(answerValue(shippedItem("A.II.1.1.a"), { inputs: { agen: 0, perubahan: 0 } })).toBe("0");
    expect(answerValue(shippedItem("A.II.4.1.a"), { inputs: { sasaran: 0, tercapai: 0 } })).toBe("0");
  });

  it("clamps values above 1", () => {
    expect(answerValue(shippedItem("A.II.4.1.a"), { inputs: { sasaran: 7, tercapai: 17 } })).toBe("1");
    expect(answerValue(shippedItem("A.II.5.2.a"), { inputs: { harus: 14, selesai: 20 } })).toBe("1");
  });

  it("counts missing input keys as 0 but an answer without inputs as unanswered", () => {
    const item = shippedItem("A.II.1.1.a");
    expect(answerValue(item, { inputs: { agen: 4 } })).toBe("0");
    expect(answerValue(item, { inputs: { perubahan: 3 } })).toBe("0");
    expect(answerValue(shippedItem("A.II.5.2.a"), { inputs: {} })).toBe("1");
    expect(answerValue(item, {})).toBeNull();
    expect(answerValue(item, { inputs: null })).toBeNull();
    expect(answerValue(item, { optionKey: "A" })).toBeNull();
  });
});

describe("answerValue: PERCENT decrease (disciplinary violations)", () => {
  const item = shippedItem("A.II.3.3.a");
  it.each([
    [4, 0, "1"],
    [4, 1, "3/4"],
    [4, 4, "0"],
    [3, 5, "0"],
    [0, 0, "1"],
    [0, 3, "0"],
    [999_999_999, 999_999_998, "1/999999999"],
  ])("previous %d, current %d gives %s", (lalu, kini, expected) => {
    expect(answerValue(item, { inputs: { lalu, kini, disanksi: 0 } })).toBe(expected);
  });

  it("takes the previous-zero rule from the catalogue", () => {
    const custom = makeItem("x", "PERCENT", {
      inputs: [{ key: "p", label: "P" }, { key: "c", label: "C" }],
      formula: { kind: "decrease", previous: "p", current: "c", whenPreviousZero: { currentZero: 0.5, currentPositive: 0.25 } },
    });
    expect(answerValue(custom, { inputs: { p: 0, c: 0 } })).toBe("1/2");
    expect(answerValue(custom, { inputs: { p: 0, c: 2 } })).toBe("1/4");
  });
});

describe("answerValue: SURVEY_INDEX_0_4", () => {
  const item = shippedItem("B.I.a");
  it.each([
    [4, "1"],
    [3.6, "9/10"],
    [3.2, "4/5"],
    [2.71, "271/400"],
    [3.11, "311/400"],
    [0, "0"],
    [4.5, "1"],
    [-1, "0"],
  ])("index %d gives %s", (surveyIndex, expected) => {
    expect(answerValue(item, { surveyIndex })).toBe(expected);
  });

  it("treats a missing or non-finite index as unanswered", () => {
    expect(answerValue(item, { surveyIndex: null })).toBeNull();
    expect(answerValue(item, { surveyIndex: Number.NaN })).toBeNull();
    expect(answerValue(item, {})).toBeNull();
  });
});
