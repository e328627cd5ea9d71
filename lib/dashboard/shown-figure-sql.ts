import { Prisma } from "@/lib/generated/prisma/client";

// Figures computed in SQL are rounded there, once, half up, to the digits they are shown with
// (PostgreSQL's round(numeric) rounds half away from zero, like lib/format.ts). The stored numeric
// columns hold each exact score rounded to 20 decimals, so a sum or an average carries at most
// 1e-20 of that storage error: rounding to 16 decimals first removes it, and an exact average
// that lies on a boundary (units at 70 1/3, 70 1/3, 70 1/3 and 70.02 average exactly 70.255) shows
// 70,26, not 70,25. The float8 that reaches JS then prints exactly the rounded digits, and the
// formatter's own rounding leaves them as they are.

const NOISE_FREE = Prisma.raw("16");

/** A score (points) as shown: two decimals. */
export function shownScoreSql(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`round(round((${expression})::numeric, ${NOISE_FREE}), 2)::float8`;
}

/** A share 0..1 as shown: a percentage with two decimals, so four decimals of the share. */
export function shownShareSql(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`round(round((${expression})::numeric, ${NOISE_FREE}), 4)::float8`;
}

/** For ordering and comparing: the value without the storage error, not rounded for display. */
export function exactishSql(expression: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`round((${expression})::numeric, ${NOISE_FREE})`;
}
