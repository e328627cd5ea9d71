import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { listAssessmentSurveys } from "@/lib/surveys/queries";
import { createSurvey } from "@/lib/surveys/mutations";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { questionnaireIds } from "@/tests/support/survey-helpers";
import { createPekpppWorld, type TPekpppWorld } from "@/tests/support/pekppp-world";

// Issue 14, point 6: a unit's survey page offers only the questionnaires of its assessment's
// instrument (catalogue data: each questionnaire says which instrument it serves).

let world: TPekpppWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createPekpppWorld();
  await questionnaireIds();
});

const offered = async (assessmentId: string) =>
  (await listAssessmentSurveys(await authorizeAssessment(world.users.memberA, assessmentId, "assessment.read"))).available.map((q) => q.code).sort();

describe("questionnaires offered per instrument", () => {
  it("offers SPAK and SPKP on an LKE ZI and only the F-03 on a PEKPPP evaluation", async () => {
    expect(await offered("asm-a")).toEqual(["SPAK-2021", "SPKP-2021"]);
    expect(await offered("pek-a")).toEqual(["PEKPPP-F03-SAMARINDA-2023"]);
  });

  it("refuses a questionnaire of another instrument on the server too, creating nothing", async () => {
    const { spak } = await questionnaireIds();
    const f03 = await prisma.catalogueVersion.findFirstOrThrow({ where: { code: "PEKPPP-F03-SAMARINDA-2023" }, orderBy: { version: "desc" } });
    const onPekppp = await rejectionOf(createSurvey(world.users.memberA, { assessmentId: "pek-a", catalogueVersionId: spak, targetSample: 10, tokenRequired: false }));
    const onLke = await rejectionOf(createSurvey(world.users.memberA, { assessmentId: "asm-a", catalogueVersionId: f03.id, targetSample: 10, tokenRequired: false }));
    for (const error of [onPekppp, onLke]) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).toBe("Kuesioner ini bukan untuk instrumen penilaian ini.");
    }
    expect(await prisma.survey.count()).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "survey.create" } })).toBe(0);

    await createSurvey(world.users.memberA, { assessmentId: "pek-a", catalogueVersionId: f03.id, targetSample: 10, tokenRequired: false });
    expect(await offered("pek-a")).toEqual([]);
  });
});
