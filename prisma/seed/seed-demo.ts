import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { getCatalogue } from "@/lib/catalogue/queries";
import { AGENCY, AGENCY_ADMIN, DEMO_PASSWORD, OTHER_USERS, PARTICIPANTS, PERIOD_ID, UNITS, USERS, assessmentIdFor } from "./demo-organisation";
import { randomAnswerSet } from "./random-answers";
import { seedAnswers } from "./seed-answers";
import { createAgencyUnits } from "./create-units";
import { seedOtherAgency } from "./seed-other-agency";
import { demoWindows } from "./demo-windows";
import { seedDemoPlan } from "./seed-demo-plan";
import { seedDemoPlanTemplate } from "./seed-demo-plan-template";
import { seedDocumentSettings, seedPreviousYear } from "./seed-documents";
import { seedDemoPublicPage } from "./seed-public-page";
import { seedDemoSurvey } from "./seed-demo-survey";

/** Demo agency, units, one login per role, the current period and varied answers. Idempotent. */
export async function seedDemo(catalogueVersionId: string) {
  if (await prisma.user.findUnique({ where: { id: "user-admin" } })) {
    await seedDemoPlan(catalogueVersionId);
    const created = await seedOtherAgency(catalogueVersionId);
    await seedDemoPublicPage();
    await seedDemoSurvey();
    await seedDemoPlanTemplate(catalogueVersionId);
    return { created };
  }

  // A Kejati is its own region; a Kejari takes its Kejati's, and so its zone (WITA in Sulawesi).
  await createAgencyUnits(AGENCY, UNITS);

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of USERS) {
    await prisma.user.create({
      data: { id: user.id, email: user.email, name: user.name, passwordHash, roles: { create: user.roles } },
    });
  }

  const loaded = await getCatalogue(catalogueVersionId);
  const now = Date.now();
  await prisma.period.create({
    data: {
      id: PERIOD_ID,
      agencyId: AGENCY.id,
      year: 2026,
      name: "Pembangunan Zona Integritas 2026",
      catalogueVersionId,
      windows: { create: demoWindows(now) },
    },
  });

  for (const [index, participant] of PARTICIPANTS.entries()) {
    const assessmentId = assessmentIdFor(participant.unitId);
    await prisma.assessment.create({
      data: { id: assessmentId, periodId: PERIOD_ID, unitId: participant.unitId, itemCount: loaded.itemIdByCode.size },
    });
    const answers = randomAnswerSet(loaded.catalogue, participant.quality, participant.completeness, 20261122 + index);
    await seedAnswers({ assessmentId, loaded, answers, userId: "user-admin", narrative: () => "Bukti dukung terlampir." });
  }
  await prisma.evaluatorAssignment.createMany({
    data: [
      { assessmentId: assessmentIdFor("unit-kejari-makassar"), userId: "user-evaluator", role: "LEAD" },
      { assessmentId: assessmentIdFor("unit-kejari-makassar"), userId: "user-evaluator2", role: "MEMBER" },
      { assessmentId: assessmentIdFor("unit-kejari-gowa"), userId: "user-evaluator", role: "LEAD" },
    ],
  });
  await seedDemoPlan(catalogueVersionId);
  await seedDocumentSettings();
  await seedPreviousYear(loaded);
  await seedOtherAgency(catalogueVersionId);
  await seedDemoPublicPage();
  await seedDemoSurvey();
  await seedDemoPlanTemplate(catalogueVersionId);
  return { created: true };
}

export function demoLogins() {
  return [...USERS, AGENCY_ADMIN, ...OTHER_USERS].map((u) => ({ label: u.label, email: u.email, password: DEMO_PASSWORD }));
}
