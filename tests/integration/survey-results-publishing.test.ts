import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { findPublicPage } from "@/lib/access/public-access";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { getPublicPageContentUncached } from "@/lib/public-pages/public-content";
import { setSurveyResultsPublished } from "@/lib/surveys/results-publishing";
import { rejectionOf } from "@/tests/support/db-state";
import type { TWorld } from "@/tests/support/fixtures";
import { answersOf, openSurvey, respond, surveyWorld } from "@/tests/support/survey-helpers";

// Issue 13: a unit publishes a survey's aggregate results on its public ZI page, deliberately and
// audited; small profile groups and single responses never reach the page.

let world: TWorld;
let survey: { surveyId: string; slug: string };

const ALL = (point: number) => Array.from({ length: 9 }, () => point);

beforeEach(async () => {
  const { world: created, ids } = await surveyWorld();
  world = created;
  survey = await openSurvey(world.users.memberA, "asm-a", ids.spak);
});

/** Six men (five of them 26-35) answer all 4, four women all 3: overall (24 + 12) / 10 = 18/5. */
async function tenResponses() {
  for (let i = 0; i < 6; i++) await respond(survey.slug, { answers: answersOf("SPAK", ALL(4)), profile: { jenisKelamin: "L", ...(i < 5 ? { usia: "u26_35" } : {}) } });
  for (let i = 0; i < 4; i++) await respond(survey.slug, { answers: answersOf("SPAK", ALL(3)), profile: { jenisKelamin: "P" } });
}

const stored = async () => ({
  survey: await prisma.survey.findUniqueOrThrow({ where: { id: survey.surveyId }, select: { resultsPublished: true, resultsPublishedAt: true, publishedResults: true } }),
  audit: await prisma.auditEvent.count({ where: { action: { startsWith: "survey.results." } } }),
  publicVersion: (await prisma.unit.findUniqueOrThrow({ where: { id: "unit-a" }, select: { publicVersion: true } })).publicVersion,
});
const publicSurveys = async () => (await getPublicPageContentUncached(await findPublicPage("unit-unit-a", 2026))).surveys;

describe("publishing survey results", () => {
  it("publishes the aggregates only, audited, on the public page; publishing again refreshes them; withdrawing removes them", async () => {
    await tenResponses();
    expect(await setSurveyResultsPublished(world.users.memberA, { surveyId: survey.surveyId, published: true })).toEqual({ published: true, unitId: "unit-a", slug: "unit-unit-a" });
    const after = await stored();
    expect(after).toMatchObject({ survey: { resultsPublished: true }, audit: 1, publicVersion: 1 });
    // Nothing of a single response is stored with the published results.
    const text = JSON.stringify(after.survey.publishedResults);
    for (const secret of ["answers", "deviceHash", "tokenId", "submittedAt", "distribution"]) expect(text).not.toContain(secret);

    const [shown] = await publicSurveys();
    expect(shown).toMatchObject({ code: "SPAK-2021", indexName: "IPAK", respondents: 10, overall: "18/5", range: { min: 1, max: 4 } });
    expect(shown!.questions).toHaveLength(9);
    expect(shown!.questions[0]).toMatchObject({ code: "SPAK.1", index: "18/5" });
    // Ages: 26-35 has 5 (shown), 5 did not answer (none shown alone). Sex: 6 men, but the 4 women
    // would be worked out from them and the overall index, so the whole breakdown is left out.
    expect(shown!.profiles).toEqual([{ key: "usia", label: "Kelompok usia", groups: [{ key: "u26_35", label: "26-35 tahun", count: 5, index: "4" }] }]);
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "survey.results.publish" } })).toMatchObject({
      actorId: "member-a", entityId: survey.surveyId, assessmentId: "asm-a", after: { published: true, respondents: 10, overall: "18/5" },
    });

    // A later response is not public until the unit publishes again.
    await respond(survey.slug, { answers: answersOf("SPAK", ALL(1)) });
    expect((await publicSurveys())[0]!.respondents).toBe(10);
    await setSurveyResultsPublished(world.users.headA, { surveyId: survey.surveyId, published: true });
    expect((await publicSurveys())[0]).toMatchObject({ respondents: 11, overall: "37/11" });

    await setSurveyResultsPublished(world.users.headA, { surveyId: survey.surveyId, published: false });
    expect(await stored()).toMatchObject({ survey: { resultsPublished: false, resultsPublishedAt: null, publishedResults: null }, audit: 3, publicVersion: 3 });
    expect(await prisma.auditEvent.count({ where: { action: "survey.results.unpublish", actorId: "head-a" } })).toBe(1);
    expect(await publicSurveys()).toEqual([]);
  });

  it("refuses fewer than 5 respondents, storing nothing", async () => {
    for (let i = 0; i < 4; i++) await respond(survey.slug, { answers: answersOf("SPAK", ALL(4)) });
    const before = await stored();
    const error = await rejectionOf(setSurveyResultsPublished(world.users.memberA, { surveyId: survey.surveyId, published: true }));
    expect(error).toBeInstanceOf(InvalidStateError);
    expect(error?.message).toBe("Hasil survei baru dapat dipublikasikan setelah paling sedikit 5 responden, untuk melindungi responden.");
    expect(await stored()).toEqual(before);
  });

  it("another unit's survey, or a reader without the publishing right, is not found and nothing is stored", async () => {
    await tenResponses();
    const before = await stored();
    for (const user of [world.users.memberB, world.users.evaluator, world.users.leaderRegion]) {
      expect(await rejectionOf(setSurveyResultsPublished(user, { surveyId: survey.surveyId, published: true }))).toBeInstanceOf(NotFoundError);
    }
    expect(await rejectionOf(setSurveyResultsPublished(world.users.memberA, { surveyId: "tidak-ada", published: true }))).toBeInstanceOf(NotFoundError);
    expect(await stored()).toEqual(before);
    expect(before.survey.resultsPublished).toBe(false);
  });
});
