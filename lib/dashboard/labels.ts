import type { TPredicateFilter, TSortKey } from "@/lib/dashboard/schemas";

export const PREDICATE_FILTER_LABEL: Record<TPredicateFilter, string> = {
  "wbk-mandiri": "Memenuhi syarat nilai WBK (nilai mandiri)",
  "wbbm-mandiri": "Memenuhi syarat nilai WBBM (nilai mandiri)",
  "wbk-tpi": "Memenuhi syarat nilai WBK (nilai TPI)",
  "wbbm-tpi": "Memenuhi syarat nilai WBBM (nilai TPI)",
  belum: "Belum memenuhi syarat WBK",
};

export const SORT_LABEL: Record<TSortKey, string> = {
  peringkat: "Peringkat",
  nama: "Unit",
  wilayah: "Wilayah",
  status: "Status",
  progres: "Progres",
  bukti: "Bukti dukung",
  mandiri: "Nilai mandiri",
  tpi: "Nilai TPI",
  aktivitas: "Aktivitas terakhir",
};

/** The highest predicate whose score requirements a side meets. */
export function predicateLevel(wbk: boolean | null, wbbm: boolean | null): "WBBM" | "WBK" | "Belum" | null {
  if (wbk === null && wbbm === null) return null;
  if (wbbm) return "WBBM";
  if (wbk) return "WBK";
  return "Belum";
}

export const SERIES = {
  self: { label: "Nilai mandiri", color: "#0072B2" },
  evaluator: { label: "Nilai TPI", color: "#D55E00" },
} as const;
