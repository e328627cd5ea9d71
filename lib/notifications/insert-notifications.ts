import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Inserts the notifications that `rows` selects (columns user_id, kind, title, body, link,
 * dedupe_key) and enqueues one email job per new one whose user did not turn that kind off, in
 * one statement. A dedupe key already present is skipped: two workers running the same job, or
 * a job retried after a crash, never notify anyone twice.
 */
export async function insertNotifications(db: TTransaction | typeof prisma, rows: Prisma.Sql): Promise<{ created: number; emailed: number }> {
  const [result] = await db.$queryRaw<{ created: number; emailed: number }[]>`
    WITH source AS (${rows}),
    inserted AS (
      INSERT INTO "Notification" ("id", "userId", "kind", "title", "body", "link", "dedupeKey")
      SELECT gen_random_uuid()::text, s.user_id, s.kind::"NotificationKind", s.title, s.body, s.link, s.dedupe_key FROM source s
      ON CONFLICT ("dedupeKey") DO NOTHING
      RETURNING "id", "userId", "kind"),
    emailed AS (
      SELECT graphile_worker.add_job('notification-email', json_build_object('notificationId', i."id"), max_attempts := 10) FROM inserted i
      WHERE NOT EXISTS (SELECT 1 FROM "NotificationPreference" p WHERE p."userId" = i."userId" AND p."kind" = i."kind" AND NOT p."email"))
    SELECT (SELECT count(*) FROM inserted)::int AS "created", (SELECT count(*) FROM emailed)::int AS "emailed"`;
  return result ?? { created: 0, emailed: 0 };
}

/** Active users holding one of `roles` on the unit of assessment a (aliased "a", its unit "u"). */
export function unitTeamSql(roles: readonly string[]): Prisma.Sql {
  return Prisma.sql`SELECT ra."userId" FROM "RoleAssignment" ra JOIN "User" us ON us."id" = ra."userId" AND us."active"
    WHERE ra."unitId" = a."unitId" AND ra."role"::text IN (${Prisma.join(roles)})`;
}

/** Active holders of `role` over a subtree containing the unit (admins, leaders). */
export function subtreeHoldersSql(role: "ADMIN" | "LEADER"): Prisma.Sql {
  return Prisma.sql`SELECT ra."userId" FROM "RoleAssignment" ra JOIN "Unit" ru ON ru."id" = ra."unitId" JOIN "User" us ON us."id" = ra."userId" AND us."active"
    WHERE ra."role" = ${role}::"Role" AND u."path" LIKE ru."path" || '%'`;
}

/** Active evaluators of the assessment's TPI team (only its leads with `leadOnly`). */
export function evaluatorsSql(leadOnly = false): Prisma.Sql {
  return Prisma.sql`SELECT t."userId" FROM "EvaluatorAssignment" t JOIN "User" us ON us."id" = t."userId" AND us."active"
    WHERE t."assessmentId" = a."id" ${leadOnly ? Prisma.sql`AND t."role" = 'LEAD'` : Prisma.empty}`;
}
