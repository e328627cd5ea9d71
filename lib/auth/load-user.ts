import "server-only";
import { cache } from "react";
import { prisma, sqlQuery } from "@/lib/db";
import { clock } from "@/lib/clock";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

export type TRoleScope = { role: Role; unitId: string | null; unitPath: string | null; unitName: string | null };
export type TSessionUser = { id: string; name: string; email: string; roles: TRoleScope[] };

const USER_SELECT = {
  id: true, name: true, email: true,
  roles: { select: { role: true, unitId: true, unit: { select: { path: true, name: true } } } },
} satisfies Prisma.UserSelect;

type TSessionRow = { id: string; name: string; email: string; roles: TRoleScope[] };

/**
 * The user behind a session cookie, loaded fresh per request so a revoked role applies at once.
 * The session row is checked in the same query (an EXISTS on its primary key): a signed-out or
 * password-changed session gets null on every app instance, at no extra round trip. Plain SQL
 * because every page and action runs it: the same query through Prisma's query engine costs
 * several times the CPU.
 */
export const loadSessionUser = cache(async (userId: string, sessionId: string): Promise<TSessionUser | null> => {
  const [user] = await sqlQuery<TSessionRow>(Prisma.sql`
    SELECT u."id", u."name", u."email",
           COALESCE((SELECT json_agg(json_build_object('role', r."role", 'unitId', r."unitId", 'unitPath', n."path", 'unitName', n."name"))
                     FROM "RoleAssignment" r LEFT JOIN "Unit" n ON n."id" = r."unitId" WHERE r."userId" = u."id"), '[]') AS "roles"
    FROM "User" u
    WHERE u."id" = ${userId} AND u."active"
      AND EXISTS (SELECT 1 FROM "Session" s WHERE s."id" = ${sessionId} AND s."userId" = u."id" AND s."expiresAt" > ${clock.now()})`);
  return user ?? null;
});

/** A user by id without any session (tests, background work): never for a request. */
export const loadUser = cache(async (userId: string): Promise<TSessionUser | null> => {
  const user = await prisma.user.findUnique({ where: { id: userId, active: true }, select: USER_SELECT });
  return user ? toSessionUser(user) : null;
});

function toSessionUser(user: Prisma.UserGetPayload<{ select: typeof USER_SELECT }>): TSessionUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    roles: user.roles.map((r) => ({ role: r.role, unitId: r.unitId, unitPath: r.unit?.path ?? null, unitName: r.unit?.name ?? null })),
  };
}
