import { prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { getCatalogue } from "@/lib/catalogue/queries";
import { toNumeric } from "@/lib/assessments/compute-stored-score";
import { listScoredItems, scoreIndex } from "@/lib/scoring/index-score";
import { getF03Questionnaire } from "@/lib/pekppp/survey-totals";
import { defaultDocumentSettings } from "@/lib/agency-settings/defaults";
import { formatReportNumber } from "@/lib/agency-settings/report-number";
import { calendarParts } from "@/lib/documents/indonesian-words";
import { bootstrapPekpppCatalogue } from "./bootstrap-catalogue";
import { createAgencyUnits } from "./create-units";
import { DEMO_PASSWORD } from "./demo-organisation";
import { demoWindows } from "./demo-windows";

// PEKPPP demo (seed 004): Pemerintah Kota Samarinda's service units, a period, a team of three
// evaluators on Kelurahan Air Hitam (its F-01 still open to the unit, its F-03 survey not yet
// started), four units already final for the ranking with their F-03 answers in the survey tables.

export const PEKPPP_AGENCY = { id: "agency-samarinda", code: "SAMARINDA", name: "Pemerintah Kota Samarinda" };
export const PEKPPP_PERIOD_ID = "period-pekppp-2026";
const UNITS = [
  { id: "unit-smd", code: "SMD", name: "Pemerintah Kota Samarinda", level: "Pemerintah Kota", parentId: null, district: null },
  { id: "unit-kel-air-hitam", code: "KEL-AIR-HITAM", name: "Kelurahan Air Hitam", level: "Kelurahan", parentId: "unit-smd", district: "Samarinda Ulu" },
  { id: "unit-kel-dadi-mulya", code: "KEL-DADI-MULYA", name: "Kelurahan Dadi Mulya", level: "Kelurahan", parentId: "unit-smd", district: "Samarinda Ulu" },
  { id: "unit-kel-karang-asam", code: "KEL-KARANG-ASAM", name: "Kelurahan Karang Asam Ulu", level: "Kelurahan", parentId: "unit-smd", district: "Sungai Kunjang" },
  { id: "unit-pkm-sempaja", code: "PKM-SEMPAJA", name: "UPTD Puskesmas Sempaja", level: "Puskesmas", parentId: "unit-smd", district: "Samarinda Utara" },
  { id: "unit-dpmptsp", code: "DPMPTSP-SMD", name: "DPMPTSP Kota Samarinda", level: "Perangkat Daerah", parentId: "unit-smd", district: "Samarinda Kota" },
];
export const PEKPPP_USERS = [
  { id: "user-pekppp-ketua", email: "evaluator.pekppp@zi.demo", name: "Rina Evaluator PEKPPP", nip: "198001012005012001", label: "Evaluator PEKPPP, ketua tim (Kel. Air Hitam)", roles: [{ role: "EVALUATOR" as const, unitId: "unit-smd" }] },
  { id: "user-pekppp-2", email: "evaluator2.pekppp@zi.demo", name: "Budi Evaluator PEKPPP", nip: "198102022006021002", label: "Evaluator PEKPPP, anggota tim", roles: [{ role: "EVALUATOR" as const, unitId: "unit-smd" }] },
  { id: "user-pekppp-3", email: "evaluator3.pekppp@zi.demo", name: "Sari Evaluator PEKPPP", nip: "198203032007032003", label: "Evaluator PEKPPP, anggota tim", roles: [{ role: "EVALUATOR" as const, unitId: "unit-smd" }] },
  { id: "user-lurah-air-hitam", email: "lurah.airhitam@zi.demo", name: "Lurah Air Hitam", nip: null, label: "Kepala Unit (Kelurahan Air Hitam)", roles: [{ role: "UNIT_HEAD" as const, unitId: "unit-kel-air-hitam" }] },
  { id: "user-walikota", email: "walikota@zi.demo", name: "Pimpinan Kota Samarinda", nip: null, label: "Pimpinan (peringkat PEKPPP)", roles: [{ role: "LEADER" as const, unitId: "unit-smd" }] },
];
/** Final units: agreed level per indicator (by index) and their users' F-03 points. */
const FINAL = [
  { unitId: "unit-dpmptsp", level: (i: number) => (i % 6 === 0 ? 4 : 5), survey: [5, 5, 4, 5] },
  { unitId: "unit-pkm-sempaja", level: (i: number) => 3 + (i % 2), survey: [4, 4, 3, 4] },
  { unitId: "unit-kel-dadi-mulya", level: (i: number) => 2 + (i % 2), survey: [3, 3, 4, 3] },
  { unitId: "unit-kel-karang-asam", level: (i: number) => i % 3, survey: [2, 2, 1, 2] },
];
const assessmentIdOf = (unitId: string) => `asm-pekppp-2026-${unitId.replace(/^unit-/, "")}`;

/** The unit's F-03 survey on the survey feature (the questionnaire's version), closed, with its users' answers. */
async function addSurvey(unitId: string, questionnaireVersionId: string, itemCodes: string[], respondents: number[]) {
  const survey = await prisma.survey.create({
    data: { assessmentId: assessmentIdOf(unitId), catalogueVersionId: questionnaireVersionId, slug: `f03-2026-${unitId}`, status: "CLOSED", targetSample: respondents.length, openedAt: new Date(), closedAt: new Date(), createdById: "user-walikota" },
  });
  await prisma.surveyResponse.createMany({
    data: respondents.map((point, r) => ({ surveyId: survey.id, profile: {}, answers: Object.fromEntries(itemCodes.map((code, i) => [code, Math.min(5, Math.max(1, point + ((r + i) % 3 === 0 ? -1 : 0)))])) })),
  });
}

export async function seedPekpppDemo() {
  const imported = await bootstrapPekpppCatalogue();
  if (await prisma.agency.findUnique({ where: { id: PEKPPP_AGENCY.id } })) return false;
  await createAgencyUnits(PEKPPP_AGENCY, UNITS.map(({ district: _district, ...unit }) => unit));
  for (const unit of UNITS) if (unit.district) await prisma.unit.update({ where: { id: unit.id }, data: { district: unit.district } });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const { label: _label, ...user } of PEKPPP_USERS) {
    await prisma.user.create({ data: { ...user, passwordHash, roles: { create: user.roles } } });
  }
  const loaded = await getCatalogue(imported.versionId);
  await prisma.period.create({ data: { id: PEKPPP_PERIOD_ID, agencyId: PEKPPP_AGENCY.id, year: 2026, name: "PEKPPP Kota Samarinda 2026", catalogueVersionId: imported.versionId, windows: { create: demoWindows(Date.now()) } } });
  const questionnaire = await getF03Questionnaire(prisma, loaded.catalogue.results!.surveyCatalogue);
  const surveyCodes = questionnaire.catalogue.components.flatMap((c) => c.children.flatMap((p) => p.items.map((item) => item.code)));
  for (const unit of UNITS.slice(1)) {
    const final = FINAL.find((f) => f.unitId === unit.id);
    await prisma.assessment.create({ data: { id: assessmentIdOf(unit.id), periodId: PEKPPP_PERIOD_ID, unitId: unit.id, itemCount: loaded.itemIdByCode.size, status: final ? "FINAL" : "DRAFT", submittedAt: final ? new Date() : null, finalizedAt: final ? new Date() : null } });
    // Only the final units' F-03 is in the demo; Kelurahan Air Hitam runs its own on Survei.
    if (final) await addSurvey(unit.id, questionnaire.versionId, surveyCodes, final.survey);
  }
  await prisma.evaluatorAssignment.createMany({
    data: [
      ...PEKPPP_USERS.slice(0, 3).map((user, i) => ({ assessmentId: assessmentIdOf("unit-kel-air-hitam"), userId: user.id, role: i === 0 ? "LEAD" as const : "MEMBER" as const })),
      ...FINAL.flatMap((final) => PEKPPP_USERS.slice(0, 3).map((user, i) => ({ assessmentId: assessmentIdOf(final.unitId), userId: user.id, role: i === 0 ? "LEAD" as const : "MEMBER" as const }))),
    ],
  });
  const scored = listScoredItems(loaded.catalogue);
  // Numbered as finalisation numbers them: the agency's default pattern, its own sequence.
  const issued = calendarParts(new Date());
  const baPattern = defaultDocumentSettings(PEKPPP_AGENCY).pekpppBaNumberPattern;
  await prisma.reportSequence.create({ data: { agencyId: PEKPPP_AGENCY.id, year: issued.year, kind: "PEKPPP_BERITA_ACARA", last: FINAL.length } });
  for (const [index, final] of FINAL.entries()) {
    const unitCode = UNITS.find((unit) => unit.id === final.unitId)!.code;
    const assessmentId = assessmentIdOf(final.unitId);
    const levels = new Map(scored.map(({ item }, i) => [item.code, final.level(i)]));
    await prisma.agreedScore.createMany({ data: scored.map(({ item }, i) => ({ assessmentId, itemId: loaded.itemIdByCode.get(item.code)!, level: final.level(i), note: "Sesuai bukti dukung F-01 dan kunjungan lapangan.", decidedById: "user-pekppp-ketua" })) });
    const totals = await prisma.$queryRaw<{ sum: bigint; count: bigint }[]>`
      SELECT SUM(v.value::int) AS "sum", COUNT(*) AS "count" FROM "Survey" s JOIN "SurveyResponse" r ON r."surveyId" = s."id"
      CROSS JOIN LATERAL jsonb_each_text(r."answers"::jsonb) v WHERE s."assessmentId" = ${assessmentId} AND s."catalogueVersionId" = ${questionnaire.versionId}`;
    const survey = { sum: Number(totals[0]!.sum), count: Number(totals[0]!.count) };
    const score = scoreIndex(loaded.catalogue, levels, survey, questionnaire.toIndex);
    const team = PEKPPP_USERS.slice(0, 3).map((user, i) => ({ id: user.id, name: user.name, nip: user.nip, role: i === 0 ? "LEAD" as const : "MEMBER" as const }));
    await prisma.indexResult.create({ data: {
      assessmentId, formIndex: toNumeric(score.formIndex), surveyIndex: toNumeric(score.surveyIndex!), value: toNumeric(score.value!),
      category: score.category!.code, priority: score.category!.priority, award: score.category!.award, result: { ...score, survey, team } as object,
      beritaAcaraNumber: formatReportNumber(baPattern, { sequence: index + 1, year: issued.year, month: issued.month, unitCode }),
    } });
  }
  return true;
}
