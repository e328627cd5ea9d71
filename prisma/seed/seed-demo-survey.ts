import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import { loadUser } from "@/lib/auth/load-user";
import { getCatalogue } from "@/lib/catalogue/queries";
import { setSurveyResultsPublished } from "@/lib/surveys/results-publishing";
import { surveyItems } from "@/lib/surveys/survey-results";
import { PREVIOUS_ASSESSMENT_ID } from "./seed-documents";

// Kejari Bantaeng's SPAK survey of 2025 (closed, 24 responses) with its results published, so the
// demo unit's public page of 2025 shows an IPAK. On the finished year, so the 2026 LKE stays free for
// a new SPAK survey (the walkthrough and the tests create one). Idempotent.

const RESPONSES = 24;
const POINTS = [4, 3, 4, 3, 2, 4, 3, 4, 4, 3, 3];
const AGES = ["u17_25", "u26_35", "u26_35", "u36_45"];

export async function seedDemoSurvey() {
  const spak = await prisma.catalogueVersion.findFirst({ where: { code: "SPAK-2021", instrument: "QUESTIONNAIRE" }, orderBy: { version: "desc" }, select: { id: true } });
  if (!spak) return;
  if (await prisma.survey.count({ where: { assessmentId: PREVIOUS_ASSESSMENT_ID } })) return;
  const items = surveyItems((await getCatalogue(spak.id)).catalogue);
  const survey = await prisma.survey.create({
    data: {
      assessmentId: PREVIOUS_ASSESSMENT_ID, catalogueVersionId: spak.id, slug: randomBytes(12).toString("base64url"), status: "CLOSED", targetSample: 30,
      openedAt: new Date("2025-08-04T01:00:00Z"), closedAt: new Date("2025-09-30T09:00:00Z"), createdById: "user-anggota",
    },
    select: { id: true },
  });
  // Deterministic answers, mostly 3 and 4; about two thirds give their age and sex.
  await prisma.surveyResponse.createMany({
    data: Array.from({ length: RESPONSES }, (_, r) => ({
      surveyId: survey.id,
      answers: Object.fromEntries(items.map((item, q) => [item.code, POINTS[(r * 5 + q * 3) % POINTS.length]!])),
      profile: r % 3 === 2 ? {} : { jenisKelamin: r % 2 ? "P" : "L", usia: AGES[r % AGES.length]! },
      submittedAt: new Date(Date.UTC(2025, 7, 4 + r, 2)),
    })),
  });
  await setSurveyResultsPublished((await loadUser("user-anggota"))!, { surveyId: survey.id, published: true });
}
