import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// The region of a unit, as SQL for the dashboard's aggregates. Which units a viewer may see is
// decided by lib/access/dashboard-access.ts (dashboardUnitSql), not here.

/**
 * The unit's region ("wilayah"): the unit at the second level of its agency's tree (a Kejati
 * under the Kejaksaan Agung), whatever the viewer's scope, so a regional leader sees their
 * region's name and ranks within it, not each unit as its own region. A top-level unit is its
 * own region. Paths read "/topId/regionId/.../": split_part's third field is the region.
 */
export function regionIdSql(): Prisma.Sql {
  return Prisma.sql`COALESCE(NULLIF(split_part(u."path", '/', 3), ''), split_part(u."path", '/', 2))`;
}
