import { describe, expect, it } from "vitest";
import { formatScore } from "@/lib/format";
import { listNodes } from "@/lib/scoring/catalogue-walk";
import { Rational, sum } from "@/lib/scoring/rational";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { makeCatalogue, makeItem, makeNode, shippedCatalogue } from "@/lib/scoring/test-support";
import type { TAnswer } from "@/lib/scoring/types";

// DOMAIN.md's worked example: an indicator of weight 1.00 with Ya, C, A (ABC on the last two).
const workedExample = makeCatalogue([
  makeNode("A", "component", 1, [
    makeNode("A.I", "part", 1, [
      makeNode("A.I.1", "area", 1, [
        makeNode("A.I.1.1", "indicator", 1, [
          makeItem("A.I.1.1.a", "YA_TIDAK"),
          makeItem("A.I.1.1.b", "ABC"),
          makeItem("A.I.1.1.c", "ABC"),
        ]),
      ]),
    ]),
  ]),
]);

describe("scoreAssessment: aggregation", () => {
  it("reproduces the worked example: 1.00 x (1 + 0 + 1) / 3 = 0.67", () => {
    const result = scoreAssessment(workedExample, {
      "A.I.1.1.a": { optionKey: "YA" },
      "A.I.1.1.b": { optionKey: "C" },
      "A.I.1.1.c": { optionKey: "A" },
    });
    expect(formatScore(result.nodes["A.I.1.1"].score)).toBe("0,67");
    expect(result.nodes["A.I.1.1"].score).toBe("2/3");
    expect(result.total).toBe("2/3");
    expect(result.items["A.I.1.1.a"]).toEqual({ code: "A.I.1.1.a", value: "1", points: "1/3", maxPoints: "1/3" });
    expect(result.items["A.I.1.1.b"]).toEqual({ code: "A.I.1.1.b", value: "0", points: "0", maxPoints: "1/3" });
  });

  it("counts unanswered questions as 0 over ALL questions of the indicator and reports them", () => {
    const result = scoreAssessment(workedExample, { "A.I.1.1.c": { optionKey: "A" }, "A.I.1.1.b": { optionKey: "X" } });
    expect(result.nodes["A.I.1.1"].score).toBe("1/3");
    expect(result.items["A.I.1.1.a"]).toMatchObject({ value: null, points: "0", maxPoints: "1/3" });
    expect(result.items["A.I.1.1.b"].value).toBeNull();
    for (const code of ["A.I.1.1", "A.I.1", "A.I", "A"]) {
      expect(result.nodes[code]).toMatchObject({ answered: 1, itemCount: 3 });
    }
    expect([result.answered, result.itemCount]).toEqual([1, 3]);
  });

  it("gives questions with their own weight weight x value, and sums child indicators", () => {
    const catalogue = makeCatalogue([
      makeNode("B", "component", 40, [
        makeNode("B.I", "part", 22.5, [
          makeItem("B.I.a", "SURVEY_INDEX_0_4", { weight: 17.5 }),
          makeItem("B.I.b", "ABCDE", { weight: 5 }),
        ]),
        makeNode("B.II", "part", 17.5, [
          makeNode("B.II.1", "area", 17.5, [
            makeNode("B.II.1.1", "indicator", 17.5, [
              makeNode("B.II.1.1.1", "indicator", 10, [makeItem("p", "YA_TIDAK"), makeItem("q", "YA_TIDAK")]),
              makeNode("B.II.1.1.2", "indicator", 7.5, [makeItem("r", "ABCD")]),
            ]),
          ]),
        ]),
      ]),
    ]);
    const result = scoreAssessment(catalogue, {
      "B.I.a": { surveyIndex: 3 },
      "B.I.b": { optionKey: "B" },
      p: { optionKey: "YA" },
      r: { optionKey: "B" },
    });
    expect(result.items["B.I.a"]).toEqual({ code: "B.I.a", value: "3/4", points: "105/8", maxPoints: "35/2" });
    expect(result.items["B.I.b"]).toEqual({ code: "B.I.b", value: "3/4", points: "15/4", maxPoints: "5" });
    expect(result.nodes["B.I"]).toMatchObject({ score: "135/8", share: "3/4", answered: 2, itemCount: 2 });
    expect(result.nodes["B.II.1.1.1"].score).toBe("5");
    expect(result.nodes["B.II.1.1.2"].score).toBe("201/40");
    expect(result.nodes["B.II.1.1"].score).toBe("401/40");
    expect(result.nodes["B.II"].score).toBe("401/40");
    expect(result.total).toBe("269/10");
  });

  it("lists every node of the catalogue, and no synthetic total node", () => {
    const result = scoreAssessment(shippedCatalogue(), {});
    const codes = listNodes(shippedCatalogue()).map(({ node }) => node.code);
    expect(Object.keys(result.nodes).sort()).toEqual([...codes].sort());
    expect(result.nodes.TOTAL).toBeUndefined();
    expect(Object.keys(result.items)).toHaveLength(113);
    expect(result.nodes["A.I.1"]).toMatchObject({ kind: "area", title: "Manajemen Perubahan", weight: 4, score: "0", share: "0" });
  });

  it("item points add up to the total, and maxPoints to 100 on the shipped catalogue", () => {
    const answers: Record<string, TAnswer> = { "A.I.1.1.b": { optionKey: "B" }, "B.II.a": { surveyIndex: 3.11 } };
    const result = scoreAssessment(shippedCatalogue(), answers);
    const items = Object.values(result.items);
    expect(sum(items.map((item) => Rational.parse(item.points))).toExact()).toBe(result.total);
    expect(sum(items.map((item) => Rational.parse(item.maxPoints))).toExact()).toBe("100");
    expect(result.items["A.I.1.1.b"].points).toBe("1/8");
  });

  it("accepts answers as a Map or a plain record with the same result", () => {
    const record: Record<string, TAnswer> = { "A.I.1.1.a": { optionKey: "YA" }, "A.I.1.1.b": { optionKey: "B" } };
    const fromRecord = scoreAssessment(workedExample, record);
    const fromMap = scoreAssessment(workedExample, new Map(Object.entries(record)));
    expect(fromMap).toEqual(fromRecord);
    expect(fromRecord.total).toBe("1/2");
  });

  it("does not read inherited properties of a record as answers", () => {
    const result = scoreAssessment(
      makeCatalogue([makeNode("A", "component", 1, [makeNode("A.I", "part", 1, [makeItem("toString", "YA_TIDAK")])])]),
      {},
    );
    expect(result.items["toString"].value).toBeNull();
  });
});
