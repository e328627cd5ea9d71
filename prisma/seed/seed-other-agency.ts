import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { getCatalogue } from "@/lib/catalogue/queries";
import { AGENCY_ADMIN, DEMO_PASSWORD, OTHER_AGENCY, OTHER_PERIOD_ID, OTHER_UNITS, OTHER_USERS } from "./demo-organisation";
import { createAgencyUnits } from "./create-units";
import { randomAnswerSet } from "./random-answers";
import { seedAnswers } from "./seed-answers";
import { demoWindows } from "./demo-windows";

export const OTHER_ASSESSMENT_ID = "asm-2026-bps-makassar";

/**
 * The Kejaksaan's own admin and a second agency (BPS) with a period, an LKE, a member and an
 * evaluator: the demo of what an agency's admin, leaders and evaluators never see of another.
 * Idempotent, also on a database seeded before these were added.
 */
export async function seedOtherAgency(catalogueVersionId: string): Promise<boolean> {
  if (await prisma.agency.findUnique({ where: { id: OTHER_AGENCY.id } })) return false;
  await createAgencyUnits(OTHER_AGENCY, OTHER_UNITS);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of [AGENCY_ADMIN, ...OTHER_USERS]) {
    await prisma.user.create({ data: { id: user.id, email: user.email, name: user.name, passwordHash, roles: { create: user.roles } } });
  }
  const loaded = await getCatalogue(catalogueVersionId);
  await prisma.period.create({
    data: {
      id: OTHER_PERIOD_ID, agencyId: OTHER_AGENCY.id, year: 2026, name: "Zona Integritas BPS 2026", catalogueVersionId,
      windows: { create: demoWindows(Date.now()) },
    },
  });
  await prisma.assessment.create({ data: { id: OTHER_ASSESSMENT_ID, periodId: OTHER_PERIOD_ID, unitId: "unit-bps-makassar", itemCount: loaded.itemIdByCode.size } });
  const answers = randomAnswerSet(loaded.catalogue, 0.8, 0.7, 20261201);
  await seedAnswers({ assessmentId: OTHER_ASSESSMENT_ID, loaded, answers, userId: "user-anggota-bps", narrative: () => "Bukti dukung terlampir." });
  await prisma.evaluatorAssignment.create({ data: { assessmentId: OTHER_ASSESSMENT_ID, userId: "user-evaluator-bps", role: "LEAD" } });
  return true;
}
