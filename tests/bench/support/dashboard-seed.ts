import { prisma } from "@/lib/db";
import type { TLoadedCatalogue } from "@/lib/catalogue/queries";
import { randomAnswerSet } from "@/prisma/seed/random-answers";
import { seedAnswers } from "@/prisma/seed/seed-answers";

const DAY = 86_400_000;

/**
 * What a dashboard sees in a real agency on top of seedUnits' answers: stage windows (the 2026
 * self-assessment closes in 10 days, so "deadlines at risk" has work to do), varied statuses,
 * evidence counters and last activity, evaluator scores for a quarter of the 2026 units, and one
 * answer.save audit event per 2026 self answer (plus re-saves) spread over the window, so
 * "progress over time" reads a realistic audit table.
 */
export async function seedDashboardExtras({ unitCount, loaded }: { unitCount: number; loaded: TLoadedCatalogue }) {
  const now = Date.now();
  await prisma.periodWindow.createMany({
    data: [
      { periodId: "b-p2026", stage: "SELF_ASSESSMENT", opensAt: new Date(now - 60 * DAY), closesAt: new Date(now + 10 * DAY) },
      { periodId: "b-p2026", stage: "REVIEW", opensAt: new Date(now + 11 * DAY), closesAt: new Date(now + 40 * DAY) },
      { periodId: "b-p2025", stage: "SELF_ASSESSMENT", opensAt: new Date(now - 425 * DAY), closesAt: new Date(now - 355 * DAY) },
    ],
  });
  await prisma.$executeRaw`
    UPDATE "Assessment" SET
      "status" = (ARRAY['DRAFT','DRAFT','DRAFT','SUBMITTED','IN_REVIEW','REVISION_REQUESTED','RESUBMITTED','FINAL'])[1 + abs(hashtext("id")) % 8]::"AssessmentStatus",
      "evidencedCount" = floor("answeredCount" * ((abs(hashtext("id" || 'e')) % 100) / 100.0))::int,
      "lastActivityAt" = now() - ((abs(hashtext("id" || 'a')) % 50) * interval '1 day')
    WHERE "periodId" IN ('b-p2025', 'b-p2026')`;

  const batch = 8;
  const evaluated = Array.from({ length: unitCount }, (_, u) => u).filter((u) => u % 4 === 0);
  for (let start = 0; start < evaluated.length; start += batch) {
    await Promise.all(evaluated.slice(start, start + batch).map((u) =>
      seedAnswers({
        assessmentId: `b-a2026-${u}`, loaded, side: "EVALUATOR", userId: "b-member",
        answers: randomAnswerSet(loaded.catalogue, 0.3 + ((u * 37) % 60) / 100, 1, 7_000_000 + u),
      })));
  }

  const inserted = await prisma.$executeRaw`
    INSERT INTO "AuditEvent" ("at", "actorId", "action", "entityType", "entityId", "assessmentId", "itemId", "before", "after")
    SELECT now() - ((abs(hashtext(a."id")) % 59) * interval '1 day') - ((abs(hashtext(a."id" || 'h')) % 720) * interval '1 minute'),
           'b-member', 'answer.save', 'Answer', a."id", a."assessmentId", a."itemId", r.before, '{"version":1}'::jsonb
    FROM "Answer" a
    JOIN "Assessment" s ON s."id" = a."assessmentId"
    CROSS JOIN LATERAL (VALUES (NULL::jsonb), ('{"version":1}'::jsonb)) AS r(before)
    WHERE s."periodId" = 'b-p2026' AND a."side" = 'SELF' AND (r.before IS NULL OR abs(hashtext(a."id" || 'r')) % 10 < 3)`;
  return { auditEvents: inserted, evaluatedUnits: evaluated.length };
}

/** Another full year for every unit: more answers, same units (the dashboard must not notice). */
export async function seedExtraYear({ unitCount, loaded, year }: { unitCount: number; loaded: TLoadedCatalogue; year: number }) {
  const periodId = `b-p${year}`;
  await prisma.period.create({ data: { id: periodId, agencyId: "bench", year, name: `ZI ${year}`, catalogueVersionId: loaded.versionId } });
  await prisma.assessment.createMany({
    data: Array.from({ length: unitCount }, (_, u) => ({ id: `b-a${year}-${u}`, periodId, unitId: `b-u${u}`, itemCount: loaded.itemIdByCode.size })),
  });
  const batch = 8;
  for (let start = 0; start < unitCount; start += batch) {
    await Promise.all(Array.from({ length: Math.min(batch, unitCount - start) }, (_, k) => {
      const u = start + k;
      return seedAnswers({ assessmentId: `b-a${year}-${u}`, loaded, userId: "b-member", answers: randomAnswerSet(loaded.catalogue, 0.4 + ((u * 37) % 60) / 100, 1, year * 10_000 + u) });
    }));
  }
}
