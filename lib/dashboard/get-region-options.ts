import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { unitWhereVisibleTo } from "@/lib/auth/scope";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { dashboardRolesOnly } from "@/lib/dashboard/scope";

export type TRegionOption = { id: string; name: string };

/** The region filter's choices: the units one level below the scope's roots (e.g. each Kejati). */
export const getRegionOptions = cache(async (user: TSessionUser, context: TReadyContext): Promise<TRegionOption[]> => {
  return prisma.unit.findMany({
    where: {
      AND: [
        unitWhereVisibleTo(dashboardRolesOnly(user)),
        { agencyId: context.period.agencyId, parentId: { in: context.scope.roots.map((r) => r.unitId) } },
      ],
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
});
