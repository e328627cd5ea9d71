import { describe, expect, it } from "vitest";
import { prng, randomAnswerSet } from "@/prisma/seed/random-answers";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { fromShorthand, scoringExamples, shippedCatalogue } from "@/lib/scoring/test-support";
import type { TAnswer } from "@/lib/scoring/types";
import { lkeWorkbookBuffer } from "@/lib/workbook/build-lke-workbook";
import { COLUMN, letter, LKE_SHEET, SUMMARY_SHEET } from "@/lib/workbook/layout";
import { planRows } from "@/lib/workbook/row-plan";
import type { TLkeWorkbookData, TSideAnswer } from "@/lib/workbook/types";
import { computeWorkbook } from "@/tests/support/spreadsheet-engine";

// The exported formulas, computed by a real spreadsheet engine (HyperFormula), give the scoring
// engine's numbers: every node, the total, and the WBK/WBBM check. Only display rounds.

const catalogue = shippedCatalogue();
const plan = planRows(catalogue.components);
const PRECISION = 9;

function workbookData(self: Map<string, TAnswer>, evaluator: Map<string, TAnswer> | null): TLkeWorkbookData {
  const side = (answers: Map<string, TAnswer>) => new Map<string, TSideAnswer>([...answers].map(([code, answer]) => [code, { answer, narrative: `Narasi ${code}` }]));
  return {
    meta: {
      layout: 1, assessmentId: "asm", unitId: "unit", unitName: "Kejari Uji", periodName: "ZI 2026", catalogueCode: catalogue.code,
      catalogueVersion: 1, catalogueChecksum: "x", exportedAt: new Date("2026-05-01T03:00:00Z").toISOString(),
    },
    agencyName: "Kejaksaan", periodYear: 2026, statusLabel: "Draf", catalogue,
    self: side(self), evaluator: evaluator ? side(evaluator) : null,
    evidence: new Map(), evaluatorNotes: new Map(), preconditions: {},
  };
}

const points = (side: "self" | "evaluator", row: number) => `${letter(side === "self" ? COLUMN.selfPoints : COLUMN.evaluatorPoints)}${row}`;

async function expectSheetMatchesEngine(self: Map<string, TAnswer>, evaluator: Map<string, TAnswer> | null = null) {
  const sheet = await computeWorkbook(await lkeWorkbookBuffer(workbookData(self, evaluator)));
  for (const [side, answers] of [["self", self], ["evaluator", evaluator ?? new Map()]] as const) {
    const expected = scoreAssessment(catalogue, answers);
    expect(sheet.value(LKE_SHEET, points(side, plan.totalRow))).toBeCloseTo(expected.total, PRECISION);
    for (const [code, row] of plan.rowOfNode) {
      expect(sheet.value(LKE_SHEET, points(side, row)), code).toBeCloseTo(expected.nodes[code]!.score, PRECISION);
    }
    for (const [code, row] of plan.rowOfItem) {
      const value = sheet.value(LKE_SHEET, `${letter(side === "self" ? COLUMN.selfValue : COLUMN.evaluatorValue)}${row}`);
      const engineValue = expected.items[code]!.value;
      if (engineValue === null) expect(value, code).toBe("");
      else expect(value as number, code).toBeCloseTo(engineValue, PRECISION);
    }
  }
  return sheet;
}

/** The "Seluruh syarat nilai terpenuhi" cells of the summary, read by their label. */
function predicateVerdicts(sheet: Awaited<ReturnType<typeof computeWorkbook>>) {
  const verdicts: string[] = [];
  for (let row = 1; row < 200; row++) {
    if (sheet.value(SUMMARY_SHEET, `B${row}`) === "Seluruh syarat nilai terpenuhi") verdicts.push(String(sheet.value(SUMMARY_SHEET, `E${row}`)));
  }
  return verdicts;
}

describe("LKE workbook formulas", () => {
  it.each(scoringExamples.map((example) => [example.name, example] as const))("compute the engine's scores: %s", async (_name, example) => {
    const answers = new Map(Object.entries(fromShorthand(example.answers)));
    const sheet = await expectSheetMatchesEngine(answers, answers);
    const result = scoreAssessment(catalogue, answers);
    expect(predicateVerdicts(sheet)).toEqual(result.predicates.map((p) => (p.scoreRequirementsMet ? "Ya" : "Tidak")));
  });

  it("compute random answer sets of every quality, partly unanswered", async () => {
    const random = prng(11);
    for (let run = 0; run < 3; run++) {
      await expectSheetMatchesEngine(randomAnswerSet(catalogue, random(), 0.5 + random() / 2, run + 1), randomAnswerSet(catalogue, random(), 0.8, run + 100));
    }
  });

  it("update every total when an answer is edited in the spreadsheet", async () => {
    const answers = randomAnswerSet(catalogue, 0.6, 1, 5);
    const sheet = await computeWorkbook(await lkeWorkbookBuffer(workbookData(answers, null)));
    const code = "A.I.1.1.b";
    sheet.set(LKE_SHEET, `${letter(COLUMN.selfAnswer)}${plan.rowOfItem.get(code)}`, "C");
    const expected = scoreAssessment(catalogue, new Map([...answers, [code, { optionKey: "C" }]]));
    expect(sheet.value(LKE_SHEET, points("self", plan.totalRow))).toBeCloseTo(expected.total, PRECISION);
    expect(sheet.value(SUMMARY_SHEET, "D4")).toBeCloseTo(expected.total, PRECISION);
  });

  it("apply the catalogue's edge rules to PERCENT counts: denominator zero, previous zero, clamping", async () => {
    const cases: [string, Record<string, number>][] = [
      ["A.II.5.2.a", { harus: 0, proses: 0, selesai: 0 }], // complaints: nothing to handle counts as 1
      ["A.II.1.1.a", { agen: 0, perubahan: 3 }], // denominator zero gives 0 here
      ["A.II.1.1.a", { agen: 2, perubahan: 9 }], // clamped to 1
      ["A.II.3.3.a", { lalu: 0, kini: 0, disanksi: 0 }], // previous zero, current zero: 1
      ["A.II.3.3.a", { lalu: 0, kini: 4, disanksi: 0 }], // previous zero, current positive: 0
      ["A.II.3.3.a", { lalu: 3, kini: 7, disanksi: 1 }], // more violations: clamped to 0
      ["A.II.5.3.2.a", { es3: 1, es4: 2, fung: 3, lapor: 5 }],
    ];
    for (const [code, inputs] of cases) {
      await expectSheetMatchesEngine(new Map([[code, { inputs }]]));
    }
  });

  it("place every PERCENT input on its own row below the item", () => {
    const inputRows = plan.rows.filter((r) => r.kind === "input");
    expect(inputRows.find((r) => r.code === "A.II.5.2.a.3")).toMatchObject({ label: "Jumlah pengaduan masyarakat yang selesai ditindaklanjuti" });
  });
});
