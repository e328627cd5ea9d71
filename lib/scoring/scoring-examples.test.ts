import { describe, expect, it } from "vitest";
import { roundHalfUp } from "@/lib/format";
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
      // The file gives 6 decimals; the exact value rounded half up must print the same digits.
      expect(roundHalfUp(actual!, 6), code).toBe(expected.toFixed(6));
    }
  });

  it("all best answers score exactly 100.00 with every item answered", () => {
    const result = scoreAssessment(shippedCatalogue(), fromShorthand(all[0].answers));
    expect(result.total).toBe("100");
    expect([result.answered, result.itemCount]).toEqual([113, 113]);
  });

  it("the empty LKE scores 0.00 with nothing answered", () => {
    const result = scoreAssessment(shippedCatalogue(), {});
    expect(result.total).toBe("0");
    expect([result.answered, result.itemCount]).toEqual([0, 113]);
  });

  it("the mixed example keeps full precision (56.595417)", () => {
    const mixed = all.find((example) => example.name.startsWith("mixed"))!;
    const result = scoreAssessment(shippedCatalogue(), fromShorthand(mixed.answers));
    expect(roundHalfUp(result.total, 6)).toBe("56.595417");
    expect(result.answered).toBe(Object.keys(mixed.answers).length);
  });
});
