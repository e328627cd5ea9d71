import { describe, expect, it } from "vitest";
import { formatScore } from "@/lib/format";
import { prng } from "@/prisma/seed/random-answers";
import { listItems } from "@/lib/scoring/catalogue-walk";
import { rescoreItem } from "@/lib/scoring/rescore-item";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { allBestAnswers, fromShorthand, randomTestAnswer, shippedCatalogue, type TAnswerShorthand } from "@/lib/scoring/test-support";
import type { TAnswer, TScoreResult } from "@/lib/scoring/types";

// Issue 8 point 14: scores are computed exactly and rounded once, half up, only for display.

const scoreWith = (overrides: Record<string, TAnswerShorthand>): TScoreResult =>
  scoreAssessment(shippedCatalogue(), fromShorthand({ ...allBestAnswers, ...overrides }));

const totalMet = (result: TScoreResult) => result.predicates.find((p) => p.code === "WBK")!.requirements.find((r) => r.key === "total")!.met;

// From the predicates tests: every best answer except these scores exactly 75.00.
const at75 = { "B.II.a": 0, "B.I.b": "E", "A.II.4.1.a": { inputs: { sasaran: 2, tercapai: 0 } }, "A.II.1.1.a": { inputs: { agen: 2, perubahan: 1 } } };

describe("exact scoring", () => {
  it("IPAK index 2.84 scores 12.425 points and shows 12,43 (floating point gave 12.424999... = 12,42)", () => {
    expect(17.5 * (2.84 / 4)).toBeLessThan(12.425);
    const result = scoreAssessment(shippedCatalogue(), fromShorthand({ "B.I.a": 2.84 }));
    expect(result.items["B.I.a"].points).toBe("497/40");
    expect(result.total).toBe("497/40");
    expect(formatScore(result.total)).toBe("12,43");
    expect(formatScore(result.nodes["B.I"].score)).toBe("12,43");
  });

  it("a total of exactly 75 meets WBK; one step of the largest counts below it does not", () => {
    const at = scoreWith(at75);
    expect(at.total).toBe("75");
    expect(totalMet(at)).toBe(true);
    // The biggest counts accepted make the finest step: 1 of 1,000,000,001 LHKASN reports missing
    // is 1/1,000,000,001 point, less than the 1e-9 tolerance the floating-point engine allowed.
    const below = scoreWith({ ...at75, "A.II.5.3.2.a": { inputs: { es3: 1_000_000_000, es4: 1, fung: 0, lapor: 1_000_000_000 } } });
    expect(below.total).toBe(`${75n * 1_000_000_001n - 1n}/1000000001`);
    expect(totalMet(below)).toBe(false);
    expect(formatScore(below.total)).toBe("75,00");
  });
});

describe("rescoreItem: one changed answer", () => {
  it("gives exactly the full recomputation after every one of 400 random changes", () => {
    const catalogue = shippedCatalogue();
    const random = prng(20261122);
    const codes = listItems(catalogue).map(({ item }) => item);
    const answers = new Map<string, TAnswer>();
    let result = scoreAssessment(catalogue, answers);
    for (let step = 0; step < 400; step += 1) {
      const item = codes[Math.floor(random() * codes.length)]!;
      const cleared = random() < 0.15;
      if (cleared) answers.delete(item.code);
      else answers.set(item.code, randomTestAnswer(item, random));
      const { result: next, changedNodes } = rescoreItem(catalogue, result, item.code, answers.get(item.code));
      const full = scoreAssessment(catalogue, answers);
      expect(next).toEqual(full);
      for (const [code, node] of Object.entries(full.nodes)) {
        const changed = node.score !== result.nodes[code].score || node.answered !== result.nodes[code].answered;
        if (changed) expect(changedNodes, `${step} ${code}`).toContain(code);
      }
      result = next;
    }
    expect(answers.size).toBeGreaterThan(60);
  });
});

