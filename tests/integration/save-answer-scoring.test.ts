import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { getStoredScore } from "@/lib/assessments/queries";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { toNumeric } from "@/lib/assessments/compute-stored-score";
import { toRecord } from "@/lib/assessments/stored-score-record";
import { ConflictError } from "@/lib/errors";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import type { TAnswer } from "@/lib/scoring/types";
import { resetDatabase } from "@/tests/support/db";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// The score stored on every save is exactly what the pure engine computes from the same answers,
// also under concurrent saves (guarded writes that read again after a lost race, or the assessment row lock).

let world: TWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

function input(code: string, answer: TAnswer | null, expectedVersion = 0, narrative = "") {
  return { assessmentId: "asm-a", itemId: world.itemId(code), expectedVersion, answer, narrative };
}

/** Saves first answers one after another and returns them keyed by item code, for the engine. */
async function saveAll(user: TSessionUser, answers: Record<string, TAnswer>) {
  for (const [code, answer] of Object.entries(answers)) await saveAnswer(user, input(code, answer));
  return new Map(Object.entries(answers));
}

async function storedRow() {
  return prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId: "asm-a", side: "SELF" } } });
}

async function answeredCount() {
  return (await prisma.assessment.findUniqueOrThrow({ where: { id: "asm-a" } })).answeredCount;
}

async function answerRow(code: string) {
  return prisma.answer.findUniqueOrThrow({
    where: { assessmentId_side_itemId: { assessmentId: "asm-a", side: "SELF", itemId: world.itemId(code) } },
  });
}

/** Stored columns (numeric, 20 decimals) and the exact record equal the engine's result on the same answers. */
async function expectStoredEqualsEngine(answers: Map<string, TAnswer>) {
  const engine = scoreAssessment(world.loaded.catalogue, answers);
  const row = await storedRow();
  expect(row.result).toEqual(toRecord(engine));
  expect(row.total.toFixed(20)).toBe(toNumeric(engine.total));
  expect(row.answered).toBe(engine.answered);
  expect(row.pengungkit.toFixed(20)).toBe(toNumeric(engine.nodes["A"]!.score));
  expect(row.hasil.toFixed(20)).toBe(toNumeric(engine.nodes["B"]!.score));
  expect(row.pemenuhan.toFixed(20)).toBe(toNumeric(engine.nodes["A.I"]!.score));
  expect(row.reform.toFixed(20)).toBe(toNumeric(engine.nodes["A.II"]!.score));
  const stored = await getStoredScore(await authorizeAssessment(world.users.memberA, "asm-a", "assessment.read"), "SELF");
  expect({ ...stored, gains: undefined }).toEqual({ ...engine, gains: undefined });
  expect(await answeredCount()).toBe(engine.answered);
  return engine;
}

const MIX: Record<string, TAnswer> = {
  "A.I.1.1.a": { optionKey: "YA" },
  "A.I.1.1.b": { optionKey: "B" },
  "A.I.1.3.a": { optionKey: "B" }, // ABCD: 0.67
  "A.I.2.1.b": { optionKey: "C" }, // ABCDE: 0.5
  "A.II.1.1.a": { inputs: { agen: 4, perubahan: 3 } }, // ratio 0.75
  "A.II.3.3.a": { inputs: { lalu: 8, kini: 2, disanksi: 2 } }, // decrease (8-2)/8 = 0.75
  "A.II.5.2.a": { inputs: { harus: 20, proses: 3, selesai: 15 } }, // ratio 0.75
  "A.II.5.3.1.a": { inputs: { wajib: 12, lapor: 12 } }, // ratio 1
  "B.I.a": { surveyIndex: 3.45 }, // IPAK 3.45 / 4
  "B.I.b": { optionKey: "B" }, // 0.75 x 5
  "B.II.a": { surveyIndex: 3.2 }, // IPKP 3.2 / 4
};

describe("stored score after saves", () => {
  it("equals the engine on a realistic mix of answer types", async () => {
    const answers = await saveAll(world.users.memberA, MIX);
    const engine = await expectStoredEqualsEngine(answers);
    expect(engine.answered).toBe(11);
    // Hand-checked anchors, so the comparison cannot pass with both sides wrong.
    expect(engine.nodes["A.I.1.1"]?.score).toBe("3/8"); // 0.5 x (1 + 0.5) / 2
    expect(engine.nodes["A.II.3.3"]?.score).toBe("3/2"); // 2 x 0.75
    expect(engine.nodes["B.I"]?.score).toBe("603/32"); // 17.5 x 3.45 / 4 + 5 x 0.75 = 18.84375
    expect(engine.nodes["B.II"]?.score).toBe("14"); // 17.5 x 0.8
    expect((await answerRow("A.II.3.3.a")).value).toBe("3/4");
    expect((await answerRow("A.II.5.2.a")).value).toBe("3/4");
    expect(Number((await answerRow("B.I.a")).surveyIndex)).toBe(3.45);
    expect((await answerRow("B.I.a")).value).toBe("69/80");
  });

  it("keeps one NodeScore row per catalogue node, equal to the stored score (20 decimals)", async () => {
    await saveAll(world.users.memberA, MIX);
    const stored = await getStoredScore(await authorizeAssessment(world.users.memberA, "asm-a", "assessment.read"), "SELF");
    const rows = await prisma.nodeScore.findMany({ where: { assessmentId: "asm-a", side: "SELF" } });
    const nodeCodes = [...world.loaded.nodesByCode.keys()].sort();
    expect(nodeCodes).toHaveLength(62);
    expect(rows.map((r) => r.nodeCode).sort()).toEqual(nodeCodes);
    for (const row of rows) {
      const node = stored.nodes[row.nodeCode];
      expect({ code: row.nodeCode, score: row.score.toFixed(20), share: row.share.toFixed(20), answered: row.answered }).toEqual({
        code: node?.code, score: toNumeric(node!.score), share: toNumeric(node!.share), answered: node?.answered,
      });
    }
  });

  it.each([
    ["A.II.5.2.a", { harus: 0, proses: 0, selesai: 0 }, "1", "3"],
    ["A.II.1.1.a", { agen: 0, perubahan: 0 }, "0", "0"],
    ["A.II.3.3.a", { lalu: 0, kini: 0, disanksi: 0 }, "1", "2"],
    ["A.II.3.3.a", { lalu: 0, kini: 2, disanksi: 2 }, "0", "0"],
  ])("%s with a zero denominator %j stores the catalogue's edge value %s", async (code, inputs, value, indicatorScore) => {
    const result = await saveAnswer(world.users.memberA, input(code, { inputs }));
    expect(result.answer.value).toBe(value);
    expect((await answerRow(code)).value).toBe(value);
    const indicator = code.slice(0, code.lastIndexOf("."));
    expect(result.scores.nodes[indicator]).toEqual({ score: indicatorScore, answered: 1 });
    expect(await answeredCount()).toBe(1);
  });

  it("clearing an answer stores value null, keeps the row with version + 1 and lowers the count", async () => {
    await saveAll(world.users.memberA, { "A.I.1.1.a": { optionKey: "YA" }, "A.II.5.2.a": { inputs: { harus: 4, proses: 0, selesai: 2 } } });
    expect(await answeredCount()).toBe(2);

    const cleared = await saveAnswer(world.users.memberA2, input("A.I.1.1.a", null, 1));
    expect(cleared.answer).toMatchObject({ optionKey: null, value: null, version: 2, updatedByName: "User member-a2" });
    expect(await answeredCount()).toBe(1);
    // Emptying every jumlah field clears a PERCENT answer too.
    await saveAnswer(world.users.memberA, input("A.II.5.2.a", { inputs: { harus: null, proses: "", selesai: null } } as unknown as TAnswer, 1));
    expect(await answeredCount()).toBe(0);

    expect(await prisma.answer.count({ where: { assessmentId: "asm-a" } })).toBe(2);
    for (const code of ["A.I.1.1.a", "A.II.5.2.a"]) {
      const row = await answerRow(code);
      expect([row.optionKey, row.inputs, row.value, row.version]).toEqual([null, null, null, 2]);
    }
    const row = await storedRow();
    expect([row.total.toFixed(), row.answered]).toEqual(["0", 0]);
  });

  it("saves the narrative alone, as an unanswered item", async () => {
    const result = await saveAnswer(world.users.memberA, input("A.I.1.2.a", null, 0, "SK Kepala Kejari Nomor 12 Tahun 2026"));
    expect(result.answer).toMatchObject({ optionKey: null, value: null, version: 1, narrative: "SK Kepala Kejari Nomor 12 Tahun 2026" });
    expect((await answerRow("A.I.1.2.a")).narrative).toBe("SK Kepala Kejari Nomor 12 Tahun 2026");
    expect(await answeredCount()).toBe(0);
    expect(result.scores.nodes["A.I.1.2"]).toEqual({ score: "0", answered: 0 });
  });
});

describe("concurrent saves", () => {
  const TEN: Record<string, TAnswer> = {
    "A.I.1.1.a": { optionKey: "YA" },
    "A.I.1.2.b": { optionKey: "A" },
    "A.I.2.2.a": { optionKey: "B" },
    "A.I.3.4.c": { optionKey: "B" },
    "A.I.4.1.a": { optionKey: "A" },
    "A.II.1.1.a": { inputs: { agen: 5, perubahan: 4 } },
    "A.II.3.3.a": { inputs: { lalu: 10, kini: 4, disanksi: 4 } },
    "A.II.6.2.a": { optionKey: "C" },
    "B.I.a": { surveyIndex: 3.61 },
    "B.II.a": { surveyIndex: 3.05 },
  };

  it("10 saves of different items by two members all land in the stored score", async () => {
    const users = [world.users.memberA, world.users.memberA2];
    const results = await Promise.all(
      Object.entries(TEN).map(([code, answer], i) => saveAnswer(users[i % 2] as TSessionUser, input(code, answer))),
    );
    expect(results.map((r) => r.answer.version)).toEqual(Array(10).fill(1));
    const engine = await expectStoredEqualsEngine(new Map(Object.entries(TEN)));
    expect(engine.answered).toBe(10);
    expect(await prisma.auditEvent.count({ where: { action: "answer.save" } })).toBe(10);
    const answeredNodes = await prisma.nodeScore.findUniqueOrThrow({
      where: { assessmentId_side_nodeCode: { assessmentId: "asm-a", side: "SELF", nodeCode: "A" } },
    });
    expect(answeredNodes.answered).toBe(8);
  });

  it("two saves of the same item from the same version: one wins, the other gets ConflictError", async () => {
    const outcomes = await Promise.allSettled([
      saveAnswer(world.users.memberA, input("A.I.1.1.b", { optionKey: "A" })),
      saveAnswer(world.users.memberA2, input("A.I.1.1.b", { optionKey: "C" })),
    ]);
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.filter((o) => o.status === "rejected");
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);

    const winner = (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof saveAnswer>>>).value.answer;
    const row = await answerRow("A.I.1.1.b");
    expect([row.optionKey, row.version]).toEqual([winner.optionKey, 1]);
    expect(await prisma.answer.count({ where: { assessmentId: "asm-a" } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: "answer.save" } })).toBe(1);
    await expectStoredEqualsEngine(new Map([["A.I.1.1.b", { optionKey: winner.optionKey }]]));
  });
});

describe("getStoredScore", () => {
  it("scores an assessment without answers as the empty LKE (total 0, 113 items)", async () => {
    const score = await getStoredScore(await authorizeAssessment(world.users.memberB, "asm-b", "assessment.read"), "SELF");
    expect([score.total, score.answered, score.itemCount]).toEqual(["0", 0, 113]);
    expect(Object.keys(score.nodes)).toHaveLength(62);
    expect(Object.values(score.nodes).every((n) => n.score === "0" && n.answered === 0)).toBe(true);
    expect(score.predicates.map((p) => [p.code, p.scoreRequirementsMet])).toEqual([["WBK", false], ["WBBM", false]]);
    expect(await prisma.assessmentScore.count()).toBe(0);
  });

  it("returns what the last save stored", async () => {
    const result = await saveAnswer(world.users.memberA, input("B.II.a", { surveyIndex: 3.6 }));
    const score = await getStoredScore(await authorizeAssessment(world.users.memberA, "asm-a", "assessment.read"), "SELF");
    expect(score.total).toBe(result.scores.total);
    expect(score.total).toBe("63/4");
    expect(score.answered).toBe(1);
  });
});
