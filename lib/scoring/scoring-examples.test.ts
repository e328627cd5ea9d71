import { describe, expect, it } from "vitest";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { fromShorthand, scoringExamples as all, shippedCatalogue } from "@/lib/scoring/test-support";

describe("scoring-examples.json against the shipped catalogue", () => {
  it("has the four documented examples", () => {
    expect(all.map((example) => example.name)).toHaveLength(4);
  });

  it.each(all.map((example) => [example.name, example] as const))("%s: every expected score to 6 decimals", (_name, example) => {
    const result = scoreAssessment(shippedCatalogue(), fromShorthand(example.answers));
    const expectedCodes = Object.keys(example.expected);
    expect(expectedCodes.length).toBeGreaterThan(60);
    for (const [code, expected] of Object.entries(example.expected)) {
      const actual = code === "TOTAL" ? result.total : result.nodes[code]?.score;
      expect(actual, code).toBeDefined();
      expect(actual, code).toBeCloseTo(expected, 6);
    }
  });

  it("all best answers score exactly 100.00 with every item answered", () => {
    const result = scoreAssessment(shippedCatalogue(), fromShorthand(all[0].answers));
    expect(result.total.toFixed(2)).toBe("100.00");
    expect(result.total).toBeCloseTo(100, 9);
    expect([result.answered, result.itemCount]).toEqual([113, 113]);
  });

  it("the empty LKE scores 0.00 with nothing answered", () => {
    const result = scoreAssessment(shippedCatalogue(), {});
    expect(result.total.toFixed(2)).toBe("0.00");
    expect([result.answered, result.itemCount]).toEqual([0, 113]);
  });

  it("the mixed example keeps full precision (56.595417)", () => {
    const mixed = all.find((example) => example.name.startsWith("mixed"))!;
    const result = scoreAssessment(shippedCatalogue(), fromShorthand(mixed.answers));
    expect(result.total).toBeCloseTo(56.595417, 6);
    expect(result.answered).toBe(Object.keys(mixed.answers).length);
  });
});
