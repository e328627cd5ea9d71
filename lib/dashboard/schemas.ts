import { z } from "zod";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

// The dashboard's URL parameters (Indonesian names, visible in shared links). Pure: shared by the
// pages, the export route handlers and the links the components build. A bad value falls back to
// its default instead of failing: a mistyped link still shows the dashboard.

export const STATUS_VALUES = ["DRAFT", "SUBMITTED", "IN_REVIEW", "REVISION_REQUESTED", "RESUBMITTED", "FINAL"] as const satisfies readonly AssessmentStatus[];
export const SORT_KEYS = ["peringkat", "nama", "wilayah", "status", "progres", "bukti", "mandiri", "tpi", "aktivitas"] as const;
export const PREDICATE_FILTERS = ["wbk-mandiri", "wbbm-mandiri", "wbk-tpi", "wbbm-tpi", "belum"] as const;
export const VIEWS = ["ringkas", "area"] as const;

export type TSortKey = (typeof SORT_KEYS)[number];
export type TPredicateFilter = (typeof PREDICATE_FILTERS)[number];
export type TDirection = "naik" | "turun";

export const PAGE_SIZE = 50;

/** The direction a column sorts in when first clicked: best or most recent first. */
export const DEFAULT_DIRECTION: Record<TSortKey, TDirection> = {
  peringkat: "naik",
  nama: "naik",
  wilayah: "naik",
  status: "naik",
  progres: "turun",
  bukti: "turun",
  mandiri: "turun",
  tpi: "turun",
  aktivitas: "turun",
};

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const text = (max: number) =>
  z.preprocess((v) => {
    const s = first(v);
    return typeof s === "string" && s.trim() !== "" ? s.trim() : undefined;
  }, z.string().max(max).optional().catch(undefined));
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess(first, z.enum(values).optional().catch(undefined));

export const ZUnitQuery = z.object({
  periode: text(64),
  wilayah: text(64),
  status: choice(STATUS_VALUES),
  predikat: choice(PREDICATE_FILTERS),
  q: text(100),
  risiko: choice(["1"] as const),
  urut: z.preprocess(first, z.enum(SORT_KEYS).catch("peringkat").default("peringkat")),
  arah: choice(["naik", "turun"] as const),
  hal: z.preprocess(first, z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
  tampilan: z.preprocess(first, z.enum(VIEWS).catch("ringkas").default("ringkas")),
});

export type TUnitQuery = z.infer<typeof ZUnitQuery>;

export type TSearchParams = Record<string, string | string[] | undefined>;

export function parseUnitQuery(params: TSearchParams | URLSearchParams): TUnitQuery {
  const record: TSearchParams = params instanceof URLSearchParams ? Object.fromEntries(params) : params;
  return ZUnitQuery.parse(record);
}

export function sortDirection(query: Pick<TUnitQuery, "urut" | "arah">): TDirection {
  return query.arah ?? DEFAULT_DIRECTION[query.urut];
}
