import { predicateLevel } from "@/lib/dashboard/labels";

const TONE = { WBBM: "bg-violet-100 text-violet-900", WBK: "bg-sky-100 text-sky-900", Belum: "bg-slate-100 text-slate-700" } as const;

/** The highest predicate whose score requirements one side meets ("—" before that side has a score). */
export function PredicateBadge({ side, wbk, wbbm }: { side: string; wbk: boolean | null; wbbm: boolean | null }) {
  const level = predicateLevel(wbk, wbbm);
  return (
    <span className="block whitespace-nowrap text-xs">
      <span className="text-slate-500">{side}: </span>
      {level ? <span className={`rounded px-1.5 py-0.5 font-semibold ${TONE[level]}`}>{level}</span> : "—"}
    </span>
  );
}
