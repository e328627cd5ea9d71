import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { getCatalogue } from "@/lib/catalogue/queries";
import { AGENCY, DEMO_PASSWORD, PARTICIPANTS, PERIOD_ID, UNITS, USERS, assessmentIdFor } from "./demo-organisation";
import { randomAnswerSet } from "./random-answers";
import { seedAnswers } from "./seed-answers";
import { timeZoneOfRegion } from "@/lib/units/time-zones";
import { toDateInput, windowRange } from "@/lib/periods/window-dates";
import { seedDocumentSettings, seedPreviousYear } from "./seed-documents";

const DAY = 86_400_000;

/** Windows as an admin sets them: from 00.00 WIB of the first day to 23.59 WIB of the last. */
const wholeDays = (from: number, to: number) => windowRange({ opensAt: toDateInput(new Date(from)), closesAt: toDateInput(new Date(to)) });

/** Demo agency, units, one login per role, the current period and varied answers. Idempotent. */
export async function seedDemo(catalogueVersionId: string) {
  if (await prisma.user.findUnique({ where: { id: "user-admin" } })) return { created: false };

  await prisma.agency.create({ data: AGENCY });
  const paths = new Map<string, string>();
  const regions = new Map<string, string>();
  for (const unit of UNITS) {
    const path = `${unit.parentId ? paths.get(unit.parentId) : "/"}${unit.id}/`;
    paths.set(unit.id, path);
    // A Kejati is its own region; a Kejari takes its Kejati's, and so its zone (WITA in Sulawesi).
    const parentRegion = unit.parentId ? regions.get(unit.parentId) : undefined;
    const region = unit.parentId && UNITS.find((u) => u.id === unit.parentId)?.parentId ? parentRegion! : unit.name;
    regions.set(unit.id, region);
    await prisma.unit.create({ data: { ...unit, agencyId: AGENCY.id, path, timeZone: timeZoneOfRegion(region) } });
  }

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
      windows: {
        create: [
          { stage: "SELF_ASSESSMENT", ...wholeDays(now - 30 * DAY, now + 60 * DAY) },
          { stage: "REVIEW", ...wholeDays(now - 30 * DAY, now + 90 * DAY) },
          { stage: "REVISION", ...wholeDays(now - 30 * DAY, now + 105 * DAY) },
          { stage: "FINAL", ...wholeDays(now - 30 * DAY, now + 120 * DAY) },
        ],
      },
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
  await seedDocumentSettings();
  await seedPreviousYear(loaded);
  return { created: true };
}

export function demoLogins() {
  return USERS.map((u) => ({ label: u.label, email: u.email, password: DEMO_PASSWORD }));
}
