import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { scoreAssessment } from "@/lib/scoring/score-assessment";
import { applySurveyIndex } from "@/lib/surveys/apply-to-hasil";
import { rejectionOf } from "@/tests/support/db-state";
import type { TWorld } from "@/tests/support/fixtures";
import { storedScoreOf } from "@/tests/support/stored-score";
import { answersOf, openSurvey, respond, surveyWorld } from "@/tests/support/survey-helpers";

// The overall indices flow into the LKE Hasil items (IPAK -> B.I.a, IPKP -> B.II.a) through the
// answer-save path: version check, audit, stored scores recomputed.

let world: TWorld;
let ids: { spak: string; spkp: string };

beforeEach(async () => {
  ({ world, ids } = await surveyWorld());
});

const answerOf = (assessmentId: string, code: string) =>
  prisma.answer.findUnique({ where: { assessmentId_side_itemId: { assessmentId, side: "SELF", itemId: world.itemId(code) } } });

describe("survey indices into Hasil", () => {
  it("IPAK and IPKP become B.I.a and B.II.a, rounded once, with the survey as source, and the stored scores follow", async () => {
    const spak = await openSurvey(world.users.memberA, "asm-a", ids.spak);
    const spkp = await openSurvey(world.users.memberA, "asm-a", ids.spkp);
    // SPAK: 4,4,...(36) and 3,3,...,3,4 (28): 64/18 = 3.5555... -> 3,56. SPKP: all 3 -> 3,00.
    await respond(spak.slug, { answers: answersOf("SPAK", Array(9).fill(4)) });
    await respond(spak.slug, { answers: answersOf("SPAK", [3, 3, 3, 3, 3, 3, 3, 3, 4]) });
    await respond(spkp.slug, { answers: answersOf("SPKP", Array(10).fill(3)) });

    const applied = await applySurveyIndex(world.users.memberA, { surveyId: spak.surveyId, expectedVersion: 0 });
    expect(applied.answer.surveyIndex).toBe(3.56);
    await applySurveyIndex(world.users.memberA, { surveyId: spkp.surveyId, expectedVersion: 0 });

    const ipak = await answerOf("asm-a", "B.I.a");
    expect(ipak).toMatchObject({ sourceSurveyId: spak.surveyId, version: 1, value: "89/100" });
    expect(Number(ipak!.surveyIndex)).toBe(3.56);
    expect((await answerOf("asm-a", "B.II.a"))).toMatchObject({ sourceSurveyId: spkp.surveyId, value: "3/4" });

    // Stored scores equal a full recomputation: 17.5 x 3.56/4 = 15.575 and 17.5 x 3/4 = 13.125.
    const stored = await storedScoreOf("asm-a", "SELF");
    const full = scoreAssessment(world.loaded.catalogue, { "B.I.a": { surveyIndex: 3.56 }, "B.II.a": { surveyIndex: 3 } });
    expect(stored?.items["B.I.a"].points).toBe("623/40");
    expect(stored?.items["B.II.a"].points).toBe("105/8");
    expect(stored?.total).toBe(full.total);

    const audit = await prisma.auditEvent.findMany({ where: { assessmentId: "asm-a", itemId: world.itemId("B.I.a") }, orderBy: { id: "asc" }, select: { action: true, after: true } });
    expect(audit.map((a) => a.action)).toEqual(["answer.save", "survey.apply"]);
    expect(audit[1].after).toMatchObject({ item: "B.I.a", surveyIndex: 3.56, exactIndex: "32/9", respondents: 2 });

    // Another response and a second deliberate take: the version check applies, then it updates.
    await respond(spak.slug, { answers: answersOf("SPAK", Array(9).fill(1)) });
    expect(await rejectionOf(applySurveyIndex(world.users.memberA, { surveyId: spak.surveyId, expectedVersion: 0 }))).toMatchObject({ name: "ConflictError" });
    // (36 + 28 + 9) / 27 = 73/27 = 2.7037 -> 2,70.
    expect((await applySurveyIndex(world.users.memberA, { surveyId: spak.surveyId, expectedVersion: 1 })).answer.surveyIndex).toBe(2.7);
    expect((await storedScoreOf("asm-a", "SELF"))?.items["B.I.a"].points).toBe("189/16");
  });

  it("an index typed by hand afterwards drops the survey as source", async () => {
    const spak = await openSurvey(world.users.memberA, "asm-a", ids.spak);
    await respond(spak.slug, { answers: answersOf("SPAK", Array(9).fill(4)) });
    await applySurveyIndex(world.users.memberA, { surveyId: spak.surveyId, expectedVersion: 0 });
    await saveAnswer(world.users.memberA, { assessmentId: "asm-a", itemId: world.itemId("B.I.a"), expectedVersion: 1, answer: { surveyIndex: 3.7 }, narrative: "" });
    expect(await answerOf("asm-a", "B.I.a")).toMatchObject({ sourceSurveyId: null, version: 2 });
  });

  it("refused: no respondents yet, another unit's survey, and the LKE of another period stays untouched", async () => {
    const spak = await openSurvey(world.users.memberA, "asm-a", ids.spak);
    expect(await rejectionOf(applySurveyIndex(world.users.memberA, { surveyId: spak.surveyId, expectedVersion: 0 }))).toMatchObject({
      message: "Survei belum memiliki responden; indeks belum dapat diambil.",
    });
    await respond(spak.slug, { answers: answersOf("SPAK", Array(9).fill(4)) });
    expect(await rejectionOf(applySurveyIndex(world.users.memberB, { surveyId: spak.surveyId, expectedVersion: 0 }))).toMatchObject({ name: "NotFoundError" });
    expect(await rejectionOf(applySurveyIndex(world.users.leaderRegion, { surveyId: spak.surveyId, expectedVersion: 0 }))).toMatchObject({ name: "NotFoundError" });
    expect(await prisma.answer.count()).toBe(0);

    await prisma.period.create({ data: { id: "p2025", agencyId: "ag", year: 2025, name: "ZI 2025", catalogueVersionId: world.catalogueVersionId } });
    await prisma.assessment.create({ data: { id: "asm-a-2025", periodId: "p2025", unitId: "unit-a", itemCount: 113 } });
    await applySurveyIndex(world.users.memberA, { surveyId: spak.surveyId, expectedVersion: 0 });
    expect(await answerOf("asm-a", "B.I.a")).toMatchObject({ sourceSurveyId: spak.surveyId });
    expect(await answerOf("asm-a-2025", "B.I.a")).toBeNull();
  });
});
