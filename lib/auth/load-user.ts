import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export type TRoleScope = { role: Role; unitId: string | null; unitPath: string | null; unitName: string | null };
export type TSessionUser = { id: string; name: string; email: string; roles: TRoleScope[] };

/** Loads a user and their roles fresh per request, so a revoked role applies at once. */
export const loadUser = cache(async (userId: string): Promise<TSessionUser | null> => {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true, name: true, email: true, active: true,
      roles: { select: { role: true, unitId: true, unit: { select: { path: true, name: true } } } },
    },
  });
  if (!user || !user.active) return null;
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    roles: user.roles.map((r) => ({ role: r.role, unitId: r.unitId, unitPath: r.unit?.path ?? null, unitName: r.unit?.name ?? null })),
  };
});
