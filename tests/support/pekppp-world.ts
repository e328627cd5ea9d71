import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { getCatalogue } from "@/lib/catalogue/queries";
import { getF03Questionnaire } from "@/lib/pekppp/survey-totals";
import { listScoredItems } from "@/lib/scoring/index-score";
import { bootstrapPekpppCatalogue } from "@/prisma/seed/bootstrap-catalogue";
import { createWorld } from "@/tests/support/fixtures";

// A PEKPPP evaluation of unit-a (the LKE world's units and users) with a team of three evaluators:
// `lead` leads it, `second` and `third` are members; `fourth` is an evaluator on no team.

export type TPekpppWorld = Awaited<ReturnType<typeof createPekpppWorld>>;

async function evaluator(id: string, name: string, nip: string) {
  await prisma.user.create({ data: { id, email: `${id}@test.id`, name, nip, passwordHash: "scrypt$unused", roles: { create: [{ role: "EVALUATOR", unitId: null }] } } });
  return (await loadUser(id)) as TSessionUser;
}

export async function createPekpppWorld() {
  const world = await createWorld();
  const imported = await bootstrapPekpppCatalogue();
  const loaded = await getCatalogue(imported.versionId);
  await prisma.period.create({ data: { id: "pek2026", agencyId: "ag", year: 2026, name: "PEKPPP 2026", catalogueVersionId: imported.versionId } });
  await prisma.assessment.create({ data: { id: "pek-a", periodId: "pek2026", unitId: "unit-a", itemCount: loaded.itemIdByCode.size, status: "SUBMITTED" } });
  const team = {
    lead: await evaluator("pek-lead", "Rina Ketua", "198001012005012001"),
    second: await evaluator("pek-second", "Budi Anggota", "198102022006021002"),
    third: await evaluator("pek-third", "Sari Anggota", "198203032007032003"),
    fourth: await evaluator("pek-fourth", "Dedi Luar Tim", "198304042008041004"),
  };
  await prisma.evaluatorAssignment.createMany({
    data: [
      { assessmentId: "pek-a", userId: "pek-lead", role: "LEAD" },
      { assessmentId: "pek-a", userId: "pek-second", role: "MEMBER" },
      { assessmentId: "pek-a", userId: "pek-third", role: "MEMBER" },
    ],
  });
  const f02 = listScoredItems(loaded.catalogue).map(({ item }) => ({ code: item.code, id: loaded.itemIdByCode.get(item.code)! }));
  return { ...world, team, pekVersionId: imported.versionId, pekLoaded: loaded, f02 };
}

/** F-03 responses as the survey feature stores them: one object of item code to point each. */
export async function addSurveyResponses(world: TPekpppWorld, points: number[][], assessmentId = "pek-a") {
  const questionnaire = await getF03Questionnaire(prisma, world.pekLoaded.catalogue.results!.surveyCatalogue);
  const items = questionnaire.catalogue.components.flatMap((c) => c.children.flatMap((p) => p.items));
  const survey = await prisma.survey.upsert({
    where: { assessmentId_catalogueVersionId: { assessmentId, catalogueVersionId: questionnaire.versionId } },
    create: { assessmentId, catalogueVersionId: questionnaire.versionId, slug: `f03-${assessmentId}`, status: "OPEN", targetSample: 10, openedAt: new Date(), createdById: world.team.lead.id },
    update: {},
  });
  await prisma.surveyResponse.createMany({
    data: points.map((respondent) => ({ surveyId: survey.id, profile: {}, answers: Object.fromEntries(respondent.map((point, i) => [items[i]!.code, point])) })),
  });
}
