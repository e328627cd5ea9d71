import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TDashboardScope } from "@/lib/dashboard/scope";

// The scope as SQL, for the aggregate queries that Prisma's query builder cannot express. Every
// raw dashboard query filters its "Unit" rows (alias u) with `unitInScopeSql`: a unit survives
// only when its materialised path starts with one of the scope's root paths, the rule
// unitWhereVisibleTo applies with `path startsWith`. The patterns are plain parameters, so the
// planner sees them and estimates the subtree's size (hash joins over a whole agency, index
// lookups for a small region).

/** LIKE treats % and _ as wildcards; paths are ids, but escape them anyway. */
function likePrefix(path: string): string {
  return `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function unitInScopeSql(scope: TDashboardScope): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(scope.roots.map((root) => Prisma.sql`u."path" LIKE ${likePrefix(root.path)}`), " OR ")})`;
}

/**
 * The unit's region ("wilayah"): the unit at the second level of its agency's tree (a Kejati
 * under the Kejaksaan Agung), whatever the viewer's scope, so a regional leader sees their
 * region's name and ranks within it, not each unit as its own region. A top-level unit is its
 * own region. Paths read "/topId/regionId/.../": split_part's third field is the region.
 */
export function regionIdSql(): Prisma.Sql {
  return Prisma.sql`COALESCE(NULLIF(split_part(u."path", '/', 3), ''), split_part(u."path", '/', 2))`;
}
