import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TJobPayloads } from "@/lib/jobs/job-names";
import { evaluatorsSql, insertNotifications, subtreeHoldersSql, unitTeamSql } from "@/lib/notifications/insert-notifications";

type TEvent = TJobPayloads["notify-event"];
type TAudience = { who: Prisma.Sql; link: "unit" | "review" | "assignments" };

const UNIT_TEAM = unitTeamSql(["UNIT_MEMBER", "UNIT_HEAD"]);

/** Who hears of each event, and which page their link opens. */
function audiences(event: TEvent): TAudience[] {
  switch (event.kind) {
    case "LKE_SUBMITTED":
    case "LKE_RESUBMITTED":
      return [{ who: evaluatorsSql(), link: "review" }, { who: subtreeHoldersSql("ADMIN"), link: "assignments" }];
    case "LKE_REVISION_REQUESTED":
      return [{ who: UNIT_TEAM, link: "unit" }];
    case "LKE_FINALISED":
      return [{ who: UNIT_TEAM, link: "unit" }, { who: subtreeHoldersSql("LEADER"), link: "unit" }];
    case "EVALUATOR_ASSIGNED":
      return [{ who: Prisma.sql`SELECT us."id" AS "userId" FROM "User" us WHERE us."id" = ${event.userId ?? ""} AND us."active"`, link: "review" }];
  }
}

const TITLE: Record<TEvent["kind"], string> = {
  LKE_SUBMITTED: "LKE dikirim untuk dievaluasi",
  LKE_RESUBMITTED: "LKE dikirim ulang setelah perbaikan",
  LKE_REVISION_REQUESTED: "TPI meminta perbaikan LKE",
  LKE_FINALISED: "Penilaian LKE telah difinalisasi",
  EVALUATOR_ASSIGNED: "Anda ditugaskan sebagai evaluator TPI",
};

const BODY: Record<TEvent["kind"], Prisma.Sql> = {
  LKE_SUBMITTED: Prisma.sql`u."name" || ' mengirim LKE ' || p."name" || ' untuk dievaluasi TPI.'`,
  LKE_RESUBMITTED: Prisma.sql`u."name" || ' mengirim ulang LKE ' || p."name" || ' setelah perbaikan.'`,
  LKE_REVISION_REQUESTED: Prisma.sql`'TPI meminta perbaikan atas LKE ' || p."name" || ' unit ' || u."name" || '. Lihat butir yang ditandai "Perlu perbaikan".'`,
  LKE_FINALISED: Prisma.sql`'LKE ' || p."name" || ' unit ' || u."name" || ' telah difinalisasi oleh TPI.'`,
  EVALUATOR_ASSIGNED: Prisma.sql`'Anda ditugaskan mengevaluasi LKE ' || p."name" || ' unit ' || u."name" || '.'`,
};

const LINK = {
  unit: Prisma.sql`'/lke/' || a."id"`,
  review: Prisma.sql`'/evaluasi/' || a."id"`,
  assignments: Prisma.sql`'/admin/penugasan'`,
};

/** The "notify-event" job: one notification per recipient of an LKE event, each once. */
export async function createEventNotifications(event: TEvent) {
  const key = `${event.kind}:${event.assessmentId}:${event.statusVersion}:`;
  const rows = Prisma.join(
    audiences(event).map(({ who, link }) => Prisma.sql`
      SELECT DISTINCT r."userId" AS user_id, ${event.kind}::text AS kind, ${TITLE[event.kind]}::text AS title, ${BODY[event.kind]} AS body,
             ${LINK[link]} AS link, ${key} || r."userId" AS dedupe_key
      FROM "Assessment" a JOIN "Unit" u ON u."id" = a."unitId" JOIN "Period" p ON p."id" = a."periodId"
      CROSS JOIN LATERAL (${who}) r
      WHERE a."id" = ${event.assessmentId}`),
    " UNION ALL ",
  );
  return insertNotifications(prisma, rows);
}
