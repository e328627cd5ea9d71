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
 * The unit's region: the unit one level below its scope root on its path (a Kejati under the
 * Kejaksaan Agung); a unit that is the root itself is its own region.
 */
export function regionIdSql(scope: TDashboardScope): Prisma.Sql {
  const cases = scope.roots.map((root) =>
    Prisma.sql`WHEN u."path" LIKE ${likePrefix(root.path)} THEN COALESCE(NULLIF(split_part(substr(u."path", ${root.path.length + 1}::int), '/', 1), ''), ${root.unitId})`);
  return Prisma.sql`(CASE ${Prisma.join(cases, " ")} END)`;
}
