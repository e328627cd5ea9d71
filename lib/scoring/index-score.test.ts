import { describe, expect, it } from "vitest";
import pekppp from "@/lib/catalogue/data/pekppp-samarinda-2023.json";
import { parseCatalogueFile } from "@/lib/catalogue/schemas";
import { categoryOf, listScoredItems, resultRulesOf, scoreIndex } from "@/lib/scoring/index-score";
import { Rational } from "@/lib/scoring/rational";
import type { TCatalogue } from "@/lib/scoring/types";

function shipped(): TCatalogue {
  const result = parseCatalogueFile(pekppp);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.catalogue;
}

/** Levels per aspect code, in catalogue order of its indicators. */
function levelsFor(catalogue: TCatalogue, perAspect: Record<string, number[]>): Map<string, number> {
  const levels = new Map<string, number>();
  for (const aspect of catalogue.components) {
    listScoredItems({ ...catalogue, components: [aspect] }).forEach(({ item }, index) => {
      const level = perAspect[aspect.code]?.[index];
      if (level !== undefined) levels.set(item.code, level);
    });
  }
  return levels;
}

describe("PEKPPP index (DOMAIN.md, seed 004)", () => {
  const catalogue = shipped();

  it("computes aspect values, the F-02 and F-03 indices and the IPP exactly (hand-computed)", () => {
    const levels = levelsFor(catalogue, {
      a: [4, 4, 4, 4, 4, 4, 4, 4, 4], // 4
      b: [3, 3, 3, 3, 3], // 3
      c: [5, 5, 4, 4, 3, 3], // 24/6 = 4
      d: [2, 2, 3, 3], // 2.5
      e: [4, 4, 4, 5], // 4.25
      f: [1, 2], // 1.5
    });
    // 140 answers (10 respondents x 14 items) summing to 532: F-03 = 3.8.
    const result = scoreIndex(catalogue, levels, { sum: 532, count: 140 });
    expect(result.aspects.map((aspect) => [aspect.code, aspect.value])).toEqual([
      ["a", "4"], ["b", "3"], ["c", "4"], ["d", "5/2"], ["e", "17/4"], ["f", "3/2"],
    ]);
    // 4 x 0.24 + 3 x 0.25 + 4 x 0.18 + 2.5 x 0.11 + 4.25 x 0.10 + 1.5 x 0.12 = 3.31
    expect(Rational.parse(result.formIndex).compare(Rational.fromNumber(3.31))).toBe(0);
    expect(result.surveyIndex).toBe("19/5");
    // 0.75 x 3.31 + 0.25 x 3.8 = 3.4325
    expect(Rational.parse(result.value!).compare(Rational.fromNumber(3.4325))).toBe(0);
    expect(result.category?.code).toBe("B-");
    expect(result.complete).toBe(true);
    expect([result.scored, result.indicatorCount]).toEqual([30, 30]);
  });

  it("gives A (Pelayanan Prima, certificate) for all fives and F for all zeros", () => {
    const all = (level: number) => new Map(listScoredItems(catalogue).map(({ item }) => [item.code, level]));
    const best = scoreIndex(catalogue, all(5), { sum: 70, count: 14 });
    expect([best.formIndex, best.value, best.category?.code, best.category?.award]).toEqual(["5", "5", "A", true]);
    const worst = scoreIndex(catalogue, all(0), { sum: 14, count: 14 });
    expect([worst.value, worst.category?.code, worst.category?.priority]).toEqual(["1/4", "F", true]);
  });

  it("has no IPP nor category without F-03 responses, and marks missing indicators", () => {
    const levels = levelsFor(catalogue, { a: [5, 5] });
    const result = scoreIndex(catalogue, levels, null);
    expect([result.value, result.category, result.complete, result.scored]).toEqual([null, null, false, 2]);
    expect(scoreIndex(catalogue, levels, { sum: 0, count: 0 }).surveyIndex).toBeNull();
  });

  it("places every boundary of the seed's table in its category, inclusive, on the two-decimal IPP", () => {
    const rules = resultRulesOf(catalogue);
    const cases: [string, string][] = [
      ["0", "F"], ["1", "F"], ["1.004", "F"], ["1.005", "E"], ["1.01", "E"], ["1.5", "E"], ["1.51", "D"],
      ["2", "D"], ["2.01", "C-"], ["2.5", "C-"], ["2.51", "C"], ["3", "C"], ["3.01", "B-"], ["3.5", "B-"],
      ["3.504", "B-"], ["3.51", "B"], ["4", "B"], ["4.01", "A-"], ["4.5", "A-"], ["4.5049", "A-"], ["4.505", "A"],
      ["4.51", "A"], ["5", "A"],
    ];
    for (const [index, code] of cases) {
      expect([index, categoryOf(rules, Rational.parse(index))?.code]).toEqual([index, code]);
    }
  });

  it("marks D, E and F as prioritas pembinaan and only A for the certificate", () => {
    const rules = resultRulesOf(catalogue);
    expect(rules.categories.filter((category) => category.priority).map((category) => category.code)).toEqual(["F", "E", "D"]);
    expect(rules.categories.filter((category) => category.award).map((category) => [category.code, category.label])).toEqual([["A", "Pelayanan Prima"]]);
  });
});
