import { describe, expect, it } from "vitest";
import { listItems } from "@/lib/scoring/catalogue-walk";
import { evaluatePredicates } from "@/lib/scoring/predicates";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { allBestAnswers as allBest, fromShorthand, shippedCatalogue, type TAnswerShorthand } from "@/lib/scoring/test-support";
import type { TPredicateResult, TScoreResult } from "@/lib/scoring/types";

/** Scores the shipped catalogue with every best answer except the overrides. */
function scoreWith(overrides: Record<string, TAnswerShorthand>): TScoreResult {
  return scoreAssessment(shippedCatalogue(), fromShorthand({ ...allBest, ...overrides }));
}

function requirement(result: TScoreResult, predicate: "WBK" | "WBBM", key: string) {
  const rule = result.predicates.find((candidate) => candidate.code === predicate) as TPredicateResult;
  const found = rule.requirements.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no requirement ${key}`);
  return found;
}

// 1.25 points x (1 - 124/125) = 0.01: the smallest step used to land just below a threshold.
const minusOneHundredth = { "A.II.6.1.b": { inputs: { terdata: 125, dipermudah: 124 } } };
// IPAK index that scores 15.74 of 17.5 points, 0.01 below the 15.75 threshold.
const ipak1574 = (4 * 15.74) / 17.5;

describe("predicates: total", () => {
  const at75 = { "B.II.a": 0, "B.I.b": "E", "A.II.4.1.a": { inputs: { sasaran: 2, tercapai: 0 } }, "A.II.1.1.a": { inputs: { agen: 2, perubahan: 1 } } };
  const at85 = {
    "B.I.b": "E",
    "A.II.5.2.a": { inputs: { harus: 1, selesai: 0 } },
    "A.II.4.1.a": { inputs: { sasaran: 1, tercapai: 0 } },
    "A.II.3.3.a": { inputs: { lalu: 0, kini: 3 } },
    "A.II.5.3.1.a": { inputs: { wajib: 1, lapor: 0 } },
    "A.II.5.3.2.a": { inputs: { es3: 1, es4: 0, fung: 0, lapor: 0 } },
    "A.II.1.1.a": { inputs: { agen: 1, perubahan: 0 } },
  };

  it("WBK needs 75: 75.00 passes, 74.99 fails", () => {
    const at = scoreWith(at75);
    expect(at.total).toBe("75");
    expect(requirement(at, "WBK", "total")).toMatchObject({ label: "Nilai total", required: "75", met: true });
    const below = scoreWith({ ...at75, ...minusOneHundredth });
    expect(below.total).toBe("7499/100");
    expect(requirement(below, "WBK", "total").met).toBe(false);
  });

  it("WBBM needs 85: 85.00 passes, 84.99 fails", () => {
    const at = scoreWith(at85);
    expect(at.total).toBe("85");
    expect(requirement(at, "WBBM", "total")).toMatchObject({ required: "85", met: true });
    expect(requirement(scoreWith({ ...at85, ...minusOneHundredth }), "WBBM", "total").met).toBe(false);
  });
});

describe("predicates: every area as a share of its weight", () => {
  it("WBK: Reform Pengawasan at exactly 60% passes, just below fails", () => {
    const at = scoreWith({ "A.II.5.2.a": { inputs: { harus: 1, selesai: 0 } } });
    expect(requirement(at, "WBK", "area:A.II.5")).toMatchObject({
      label: "Area Penguatan Pengawasan (Reform) ≥ 60% bobot",
      actual: "9/2",
      required: "9/2",
      met: true,
    });
    expect(at.nodes["A.II.5"].share).toBe("3/5");
    const below = scoreWith({
      "A.II.5.2.a": { inputs: { harus: 1, selesai: 0 } },
      "A.II.5.3.1.a": { inputs: { wajib: 100, lapor: 99 } },
    });
    expect(requirement(below, "WBK", "area:A.II.5")).toMatchObject({ met: false });
    expect(below.predicates[0].unmet.map((unmet) => unmet.key)).toEqual(["area:A.II.5"]);
  });

  it("WBBM: 75% passes, 74.96% fails", () => {
    const at = scoreWith({ "A.II.5.2.a": { inputs: { harus: 8, selesai: 3 } } });
    expect(requirement(at, "WBBM", "area:A.II.5")).toMatchObject({
      label: "Area Penguatan Pengawasan (Reform) ≥ 75% bobot",
      actual: "45/8",
      required: "45/8",
      met: true,
    });
    const below = scoreWith({ "A.II.5.2.a": { inputs: { harus: 1000, selesai: 374 } } });
    expect(requirement(below, "WBBM", "area:A.II.5").met).toBe(false);
  });

  it("checks the six Pemenuhan and six Reform areas separately", () => {
    // Worst answers on A.I.1.3 and A.I.1.4 leave Manajemen Perubahan (Pemenuhan) at 1.5 of 4.
    const worst = listItems(shippedCatalogue())
      .filter(({ item }) => /^A\.I\.1\.[34]\./.test(item.code))
      .map(({ item }) => [item.code, item.options.find((option) => option.value === 0)!.key]);
    const result = scoreWith(Object.fromEntries(worst));
    expect(result.nodes["A.I.1"].score).toBe("3/2");
    const areaKeys = result.predicates[0].requirements.filter((r) => r.key.startsWith("area:")).map((r) => r.key);
    expect(areaKeys).toHaveLength(12);
    expect(requirement(result, "WBK", "area:A.I.1")).toMatchObject({
      label: "Area Manajemen Perubahan (Pemenuhan) ≥ 60% bobot",
      met: false,
    });
    expect(requirement(result, "WBK", "area:A.II.1").met).toBe(true);
  });
});

describe("predicates: Hasil minimums", () => {
  it("B.I: 18.25 passes WBK, 18.24 fails; 19.50 passes WBBM, 19.49 fails", () => {
    const wbkAt = scoreWith({ "B.I.a": 3.6, "B.I.b": "C" });
    expect(requirement(wbkAt, "WBK", "min:B.I")).toMatchObject({ actual: "73/4", required: "73/4", met: true });
    expect(requirement(scoreWith({ "B.I.a": ipak1574, "B.I.b": "C" }), "WBK", "min:B.I").met).toBe(false);
    const wbbmAt = scoreWith({ "B.I.a": 3.6, "B.I.b": "B" });
    expect(requirement(wbbmAt, "WBBM", "min:B.I")).toMatchObject({ required: "39/2", met: true });
    expect(requirement(scoreWith({ "B.I.a": ipak1574, "B.I.b": "B" }), "WBBM", "min:B.I").met).toBe(false);
  });

  it("IPAK: index 3.6 (15.75) passes both, 3.59 fails both", () => {
    const at = scoreWith({ "B.I.a": 3.6 });
    for (const predicate of ["WBK", "WBBM"] as const) {
      expect(requirement(at, predicate, "min:B.I.a")).toMatchObject({ required: "63/4", met: true });
      expect(requirement(scoreWith({ "B.I.a": 3.59 }), predicate, "min:B.I.a").met).toBe(false);
    }
    expect(requirement(at, "WBK", "min:B.I.a").actual).toBe("63/4");
  });

  it("capaian kinerja: C (2.50) passes WBK only, D fails WBK, B (3.75) passes WBBM", () => {
    const c = scoreWith({ "B.I.b": "C" });
    expect(requirement(c, "WBK", "min:B.I.b")).toMatchObject({ actual: "5/2", met: true });
    expect(requirement(c, "WBBM", "min:B.I.b")).toMatchObject({ required: "15/4", met: false });
    expect(requirement(scoreWith({ "B.I.b": "D" }), "WBK", "min:B.I.b").met).toBe(false);
    expect(requirement(scoreWith({ "B.I.b": "B" }), "WBBM", "min:B.I.b").met).toBe(true);
  });

  it("IPKP: 3.2 (14.00) passes WBK, 3.19 fails; 3.6 (15.75) passes WBBM, 3.59 fails", () => {
    const wbk = scoreWith({ "B.II.a": 3.2 });
    expect(requirement(wbk, "WBK", "min:B.II")).toMatchObject({ required: "14", met: true });
    expect(requirement(wbk, "WBBM", "min:B.II").met).toBe(false);
    expect(requirement(scoreWith({ "B.II.a": 3.19 }), "WBK", "min:B.II").met).toBe(false);
    expect(requirement(scoreWith({ "B.II.a": 3.6 }), "WBBM", "min:B.II")).toMatchObject({ required: "63/4", met: true });
    expect(requirement(scoreWith({ "B.II.a": 3.59 }), "WBBM", "min:B.II").met).toBe(false);
  });

  it("compares exactly: 15.75 passes, any value below it fails however close", () => {
    const base = scoreWith({});
    const withIpak = (points: string) => ({ ...base, items: { ...base.items, "B.I.a": { ...base.items["B.I.a"], points } } });
    const [wbkAt] = evaluatePredicates(shippedCatalogue(), withIpak("63/4"));
    expect(wbkAt.requirements.find((r) => r.key === "min:B.I.a")!.met).toBe(true);
    for (const below of ["15.7499", "15.74999999999999999999999999", `${63n * 10n ** 40n - 1n}/${4n * 10n ** 40n}`]) {
      const [wbkBelow] = evaluatePredicates(shippedCatalogue(), withIpak(below));
      expect(wbkBelow.unmet.map((r) => r.key)).toEqual(["min:B.I.a"]);
    }
  });
});

describe("predicates: overall result and preconditions", () => {
  it("all best answers meet every score requirement; met waits for the preconditions", () => {
    const result = scoreWith({});
    for (const predicate of result.predicates) {
      expect(predicate).toMatchObject({ scoreRequirementsMet: true, met: false, unmet: [] });
      expect(predicate.requirements).toHaveLength(17);
      expect(predicate.preconditions.every((p) => p.status === "unconfirmed")).toBe(true);
    }
  });

  it("maps confirmations to confirmed / failed / unconfirmed by the precondition text", () => {
    const [wbkRule] = shippedCatalogue().predicates;
    const [sakip, tlhp, lhkpn] = wbkRule.preconditions;
    const answers = fromShorthand(allBest);
    const partly = scoreAssessment(shippedCatalogue(), answers, { preconditions: { [sakip]: true, [tlhp]: false, [lhkpn]: null } });
    expect(partly.predicates[0].preconditions).toEqual([
      { label: sakip, status: "confirmed" },
      { label: tlhp, status: "failed" },
      { label: lhkpn, status: "unconfirmed" },
    ]);
    expect(partly.predicates[0].met).toBe(false);

    const confirmed = scoreAssessment(shippedCatalogue(), answers, { preconditions: { [sakip]: true, [tlhp]: true, [lhkpn]: true } });
    expect(confirmed.predicates.map((p) => [p.code, p.met])).toEqual([["WBK", true], ["WBBM", false]]);
    expect(confirmed.predicates[1].preconditions.map((p) => p.status)).toEqual(["unconfirmed", "confirmed", "confirmed", "unconfirmed"]);
  });

  it("never meets a predicate on score when preconditions are confirmed but scores fall short", () => {
    const [wbkRule] = shippedCatalogue().predicates;
    const preconditions = Object.fromEntries(wbkRule.preconditions.map((text) => [text, true]));
    const empty = scoreAssessment(shippedCatalogue(), {}, { preconditions });
    expect(empty.predicates[0]).toMatchObject({ scoreRequirementsMet: false, met: false });
    expect(empty.predicates[0].unmet).toHaveLength(17);
  });
});
