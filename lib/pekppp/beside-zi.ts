import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { dashboardUnitSql } from "@/lib/access/dashboard-access";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import type { TExact } from "@/lib/scoring/types";

export const BESIDE_ZI_LIST_SIZE = 50;

export type TPekpppBesideZiRow = {
  unitId: string;
  unitName: string;
  /** The unit's latest final PEKPPP result: IPP exact, its category and the year. */
  value: TExact;
  category: string;
  categoryLabel: string;
  priority: boolean;
  award: boolean;
  year: number;
};
export type TPekpppBesideZi = {
  /** Units of the ZI period in scope with a final PEKPPP result. */
  evaluated: number;
  /** Units per category code, e.g. { A: 1, B: 3 }. */
  categories: { code: string; label: string; units: number; priority: boolean }[];
  /** Lowest IPP first (where leaders act), at most BESIDE_ZI_LIST_SIZE. */
  rows: TPekpppBesideZiRow[];
};

/**
 * The leaders' dashboard beside ZI: for the units of the ZI period in the leader's scope (the same
 * dashboard proof and scope as every other figure), each one's latest final PEKPPP result. Reads
 * the stored IndexResult (final results only), never the scores behind it; one query.
 */
export const getPekpppBesideZi = cache(async (context: TReadyContext): Promise<TPekpppBesideZi> => {
  const rows = await prisma.$queryRaw<TPekpppBesideZiRow[]>`
    WITH units AS (
      SELECT u."id", u."name" FROM "Assessment" a JOIN "Unit" u ON u."id" = a."unitId" AND ${dashboardUnitSql(context.access)}
      WHERE a."periodId" = ${context.period.id}
    ), latest AS (
      SELECT DISTINCT ON (a."unitId") a."unitId", r."result"->>'value' AS "value", r."category",
             COALESCE(r."result"->'category'->>'label', r."category") AS "categoryLabel", r."priority", r."award", p."year", r."value" AS "exact"
      FROM "IndexResult" r JOIN "Assessment" a ON a."id" = r."assessmentId" JOIN "Period" p ON p."id" = a."periodId"
      WHERE a."unitId" IN (SELECT "id" FROM units)
      ORDER BY a."unitId", p."year" DESC, r."computedAt" DESC
    )
    SELECT units."id" AS "unitId", units."name" AS "unitName",
           l."value", l."category", l."categoryLabel", l."priority", l."award", l."year"
    FROM units JOIN latest l ON l."unitId" = units."id"
    ORDER BY l."exact", units."name"`;
  const byCode = new Map<string, TPekpppBesideZi["categories"][number]>();
  for (const row of rows) {
    const entry = byCode.get(row.category) ?? { code: row.category, label: row.categoryLabel, units: 0, priority: row.priority };
    entry.units += 1;
    byCode.set(row.category, entry);
  }
  return {
    evaluated: rows.length,
    categories: [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code)),
    rows: rows.slice(0, BESIDE_ZI_LIST_SIZE),
  };
});
