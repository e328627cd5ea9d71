import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { getCatalogue } from "@/lib/catalogue/queries";
import type { TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { dashboardNodes, type TDashboardNode } from "@/lib/dashboard/dashboard-nodes";
import { atRiskSql, scopedAssessmentsSql } from "@/lib/dashboard/scoped-assessments-sql";
import { shownScoreSql, shownShareSql } from "@/lib/dashboard/shown-figure-sql";
import { PAGE_SIZE, sortDirection, type TPredicateFilter, type TSortKey, type TUnitQuery } from "@/lib/dashboard/schemas";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { figuresOf, isCurrentRecord } from "@/lib/assessments/stored-score-record";
import { evaluatePredicates } from "@/lib/scoring/predicates";
import type { TCatalogue, TExact } from "@/lib/scoring/types";

/** Figures as shown (rounded once in SQL): points to two decimals, shares to four. */
export type TNodeValue = { score: number; share: number };
export type TUnitAreaScores = Record<string, { self: TNodeValue | null; evaluator: TNodeValue | null }>;
/** A WBK score requirement a side does not meet, in exact points (as the LKE overview lists them). */
export type TUnmetRequirement = { label: string; actual: TExact; required: TExact };

export type TDashboardUnit = {
  assessmentId: string;
  unitId: string;
  unitName: string;
  unitCode: string;
  regionId: string;
  regionName: string;
  status: AssessmentStatus;
  answeredCount: number;
  evidencedCount: number;
  itemCount: number;
  lastActivityAt: Date;
  selfTotal: number;
  evalTotal: number | null;
  refTotal: number;
  selfWbk: boolean;
  selfWbbm: boolean;
  evalWbk: boolean | null;
  evalWbbm: boolean | null;
  /** RANK() by reference score over the whole scope, and within the unit's region. */
  rankAll: number;
  rankRegion: number;
  regionCount: number;
  areas: TUnitAreaScores;
  /** Why a side is not (yet) WBK: its unmet score requirements; empty when met or never scored. */
  wbkUnmet: { self: TUnmetRequirement[]; evaluator: TUnmetRequirement[] };
};

export type TUnitPage = {
  rows: TDashboardUnit[];
  /** Units matching the filters, and units in scope. */
  matchCount: number;
  unitCount: number;
  page: number;
  pageCount: number;
  pageSize: number;
  areas: TDashboardNode[];
};

type TRow = Omit<TDashboardUnit, "areas" | "wbkUnmet"> & {
  matchCount: number;
  unitCount: number;
  nodes: [string, "SELF" | "EVALUATOR", number, number][] | null;
  /** The stored score of each side that does not meet WBK's score requirements. */
  notWbk: ["SELF" | "EVALUATOR", unknown][] | null;
};

// Column expressions over the `ranked` rows; the direction is added from a whitelist.
const SORT_SQL: Record<TSortKey, Prisma.Sql> = {
  peringkat: Prisma.sql`"rankAll"`,
  nama: Prisma.sql`"unitName"`,
  wilayah: Prisma.sql`"regionName"`,
  status: Prisma.sql`"status"`,
  progres: Prisma.sql`("answeredCount"::float8 / NULLIF("itemCount", 0))`,
  bukti: Prisma.sql`("evidencedCount"::float8 / NULLIF("itemCount", 0))`,
  mandiri: Prisma.sql`"selfTotal"`,
  tpi: Prisma.sql`"evalTotal"`,
  aktivitas: Prisma.sql`"lastActivityAt"`,
};

const STATUS_ORDER = Prisma.sql`array_position(ARRAY['DRAFT','SUBMITTED','IN_REVIEW','REVISION_REQUESTED','RESUBMITTED','FINAL'], "status")`;

const PREDICATE_SQL: Record<TPredicateFilter, Prisma.Sql> = {
  "wbk-mandiri": Prisma.sql`"selfWbk"`,
  "wbbm-mandiri": Prisma.sql`"selfWbbm"`,
  "wbk-tpi": Prisma.sql`"evalWbk" IS TRUE`,
  "wbbm-tpi": Prisma.sql`"evalWbbm" IS TRUE`,
  belum: Prisma.sql`(NOT "selfWbk" AND "evalWbk" IS NOT TRUE)`,
};

function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function orderBy(query: TUnitQuery): Prisma.Sql {
  const direction = sortDirection(query) === "naik" ? Prisma.raw("ASC") : Prisma.raw("DESC");
  const column = query.urut === "status" ? STATUS_ORDER : SORT_SQL[query.urut];
  // Units with no evaluator score yet go last whichever way the TPI column is sorted.
  return Prisma.sql`${column} ${direction} NULLS LAST, "rankAll" ASC, "unitName" ASC, "assessmentId" ASC`;
}

function whereOf(query: TUnitQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (query.wilayah) conditions.push(Prisma.sql`"regionId" = ${query.wilayah}`);
  if (query.status) conditions.push(Prisma.sql`"status" = ${query.status}`);
  if (query.predikat) conditions.push(PREDICATE_SQL[query.predikat]);
  if (query.q) conditions.push(Prisma.sql`("unitName" ILIKE ${likeContains(query.q)} OR "unitCode" ILIKE ${likeContains(query.q)})`);
  if (query.risiko) conditions.push(Prisma.sql`"atRisk"`);
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/**
 * The unit table: every unit of the scope with its counters, both totals, predicate status and
 * ranks (overall and within its region, computed before filtering so a filtered list keeps the
 * agency's ranks), filtered, sorted and paginated in SQL. The area scores are read for the rows
 * of the page only. `all` returns every matching row (exports).
 */
export const listDashboardUnits = cache(async (context: TReadyContext, query: TUnitQuery, all = false): Promise<TUnitPage> => {
  const { catalogue } = await getCatalogue(context.period.catalogueVersionId);
  const { areas } = dashboardNodes(catalogue);
  const codes = areas.map((a) => a.code);
  const page = all ? 1 : query.hal;
  const window = all ? Prisma.sql`TRUE` : Prisma.sql`f."pos" > ${(page - 1) * PAGE_SIZE} AND f."pos" <= ${page * PAGE_SIZE}`;
  const rows = await prisma.$queryRaw<TRow[]>`
    WITH base AS (${scopedAssessmentsSql(context)}),
    ranked AS (
      SELECT b.*, COALESCE(rg."name", b."regionId") AS "regionName", ${atRiskSql(context)} AS "atRisk",
             RANK() OVER (ORDER BY b."refTotal" DESC)::int AS "rankAll",
             RANK() OVER (PARTITION BY b."regionId" ORDER BY b."refTotal" DESC)::int AS "rankRegion",
             count(*) OVER (PARTITION BY b."regionId")::int AS "regionCount"
      FROM base b LEFT JOIN "Unit" rg ON rg."id" = b."regionId"
    ),
    filtered AS (
      SELECT ranked.*, ROW_NUMBER() OVER (ORDER BY ${orderBy(query)}) AS "pos" FROM ranked WHERE ${whereOf(query)}
    )
    SELECT m."matchCount", m."unitCount",
           f."assessmentId", f."unitId", f."unitName", f."unitCode", f."regionId", f."regionName", f."status",
           f."answeredCount", f."evidencedCount", f."itemCount", f."lastActivityAt",
           ${shownScoreSql(Prisma.sql`f."selfTotal"`)} AS "selfTotal", ${shownScoreSql(Prisma.sql`f."evalTotal"`)} AS "evalTotal",
           ${shownScoreSql(Prisma.sql`f."refTotal"`)} AS "refTotal", f."selfWbk", f."selfWbbm", f."evalWbk", f."evalWbbm",
           f."rankAll", f."rankRegion", f."regionCount",
           (SELECT json_agg(json_build_array(ns."nodeCode", ns."side", ${shownScoreSql(Prisma.sql`ns."score"`)}, ${shownShareSql(Prisma.sql`ns."share"`)}))
              FROM "NodeScore" ns WHERE ns."assessmentId" = f."assessmentId" AND ns."nodeCode" = ANY(${codes}::text[])) AS "nodes",
           (SELECT json_agg(json_build_array(sc."side", sc."result"))
              FROM "AssessmentScore" sc WHERE sc."assessmentId" = f."assessmentId" AND NOT sc."wbkMet") AS "notWbk"
    FROM (SELECT (SELECT count(*) FROM filtered)::int AS "matchCount", (SELECT count(*) FROM base)::int AS "unitCount") m
    LEFT JOIN filtered f ON ${window}
    ORDER BY f."pos"`;

  const matchCount = rows[0]?.matchCount ?? 0;
  const unitCount = rows[0]?.unitCount ?? 0;
  const units = rows.filter((r) => r.assessmentId).map((row) => toUnit(catalogue, row));
  const pageCount = all ? 1 : Math.max(1, Math.ceil(matchCount / PAGE_SIZE));
  return { rows: units, matchCount, unitCount, page, pageCount, pageSize: all ? matchCount : PAGE_SIZE, areas };
});

function toUnit(catalogue: TCatalogue, { matchCount: _match, unitCount: _units, nodes, notWbk, ...unit }: TRow): TDashboardUnit {
  const areas: TUnitAreaScores = {};
  for (const [code, side, score, share] of nodes ?? []) {
    const entry = (areas[code] ??= { self: null, evaluator: null });
    entry[side === "SELF" ? "self" : "evaluator"] = { score, share };
  }
  const wbkUnmet: TDashboardUnit["wbkUnmet"] = { self: [], evaluator: [] };
  for (const [side, record] of notWbk ?? []) wbkUnmet[side === "SELF" ? "self" : "evaluator"] = unmetWbk(catalogue, record);
  return { ...unit, areas, wbkUnmet };
}

/** The WBK score requirements a stored score misses, checked exactly against its figures. */
function unmetWbk(catalogue: TCatalogue, record: unknown): TUnmetRequirement[] {
  if (!isCurrentRecord(record)) return [];
  const wbk = evaluatePredicates(catalogue, figuresOf(catalogue, record)).find((p) => p.code === "WBK");
  return (wbk?.unmet ?? []).map(({ label, actual, required }) => ({ label, actual, required }));
}
