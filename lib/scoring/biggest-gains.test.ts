import { describe, expect, it } from "vitest";
import { formatScore } from "@/lib/format";
import { biggestGains } from "@/lib/scoring/biggest-gains";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { allBestAnswers as allBest, fromShorthand, makeCatalogue, makeItem, makeNode, shippedCatalogue } from "@/lib/scoring/test-support";

describe("biggestGains", () => {
  it("in the empty LKE starts with IPAK and IPKP at 17.5 each, then the single-question indicators", () => {
    const catalogue = shippedCatalogue();
    const gains = biggestGains(catalogue, scoreAssessment(catalogue, {}));
    expect(gains.map((gain) => [gain.itemCode, gain.groupCode, gain.gain])).toEqual([
      ["B.I.a", "B.I", "35/2"],
      ["B.II.a", "B.II", "35/2"],
      ["B.I.b", "B.I", "5"],
      ["A.II.5.2.a", "A.II.5", "3"],
      ["A.II.5.1.a", "A.II.5", "5/2"],
      ["A.II.6.2.a", "A.II.6", "5/2"],
      ["A.II.3.3.a", "A.II.3", "2"],
      ["A.II.4.1.a", "A.II.4", "2"],
      ["A.II.3.1.a", "A.II.3", "3/2"],
      ["A.II.3.2.a", "A.II.3", "3/2"],
    ]);
    expect(gains.every((gain) => gain.reason === "unanswered" && gain.value === null)).toBe(true);
  });

  it("lists weak answers by the points still missing and skips answers already at 1", () => {
    const catalogue = shippedCatalogue();
    const answers = fromShorthand({ ...allBest, "B.I.a": 2, "A.I.1.1.b": "B", "A.II.5.3.2.a": { inputs: { es3: 4, es4: 0, fung: 0, lapor: 1 } } });
    const gains = biggestGains(catalogue, scoreAssessment(catalogue, answers));
    expect(gains).toEqual([
      { itemCode: "B.I.a", groupCode: "B.I", value: "1/2", gain: "35/4", reason: "weak" },
      { itemCode: "A.II.5.3.2.a", groupCode: "A.II.5", value: "1/4", gain: "3/4", reason: "weak" },
      { itemCode: "A.I.1.1.b", groupCode: "A.I.1", value: "1/2", gain: "1/8", reason: "weak" },
    ]);
  });

  it("ranks unanswered and weak items together and respects the limit", () => {
    const catalogue = shippedCatalogue();
    const { "B.II.a": _ipkp, ...rest } = allBest;
    const result = scoreAssessment(catalogue, fromShorthand({ ...rest, "B.I.a": 3.2, "B.I.b": "E" }));
    expect(biggestGains(catalogue, result, 2)).toEqual([
      { itemCode: "B.II.a", groupCode: "B.II", value: null, gain: "35/2", reason: "unanswered" },
      { itemCode: "B.I.b", groupCode: "B.I", value: "0", gain: "5", reason: "weak" },
    ]);
    expect(biggestGains(catalogue, result, 0)).toEqual([]);
    expect(biggestGains(catalogue, scoreAssessment(catalogue, fromShorthand(allBest)))).toEqual([]);
  });

  it("keeps catalogue order between equal gains and skips items that can add nothing", () => {
    const catalogue = makeCatalogue([
      makeNode("A", "component", 2, [
        makeNode("A.I", "part", 2, [
          makeItem("z", "YA_TIDAK", { weight: 1 }),
          makeItem("a", "YA_TIDAK", { weight: 1 }),
          makeItem("nol", "YA_TIDAK", { weight: 0 }),
        ]),
      ]),
    ]);
    const gains = biggestGains(catalogue, scoreAssessment(catalogue, {}));
    expect(gains.map((gain) => gain.itemCode)).toEqual(["z", "a"]);
    expect(gains[0].groupCode).toBe("A.I");
  });

  it("computes gains exactly: 0.67 of 0.5 points leaves 0.165, shown +0,17 (floating point gave 0,16)", () => {
    const catalogue = shippedCatalogue();
    const gains = biggestGains(catalogue, scoreAssessment(catalogue, fromShorthand({ ...allBest, "A.I.3.4.a": "B" })));
    expect(gains).toEqual([{ itemCode: "A.I.3.4.a", groupCode: "A.I.3", value: "67/100", gain: "33/200", reason: "weak" }]);
    expect(formatScore(gains[0].gain)).toBe("0,17");
  });
});
