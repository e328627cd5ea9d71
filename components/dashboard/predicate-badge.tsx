import { predicateLevel } from "@/lib/dashboard/labels";
import type { TUnmetRequirement } from "@/lib/dashboard/list-dashboard-units";
import { formatScore } from "@/lib/format";

const TONE = { WBBM: "bg-violet-100 text-violet-900", WBK: "bg-sky-100 text-sky-900", Belum: "bg-slate-100 text-slate-700" } as const;

type TProps = { side: string; wbk: boolean | null; wbbm: boolean | null; unmet: TUnmetRequirement[] };

/**
 * The highest predicate whose score requirements one side meets ("—" before that side has a
 * score). "Belum" opens the WBK requirements the side does not meet yet, as the LKE overview lists them.
 */
export function PredicateBadge({ side, wbk, wbbm, unmet }: TProps) {
  const level = predicateLevel(wbk, wbbm);
  const label = (
    <>
      <span className="text-slate-600">{side}: </span>
      {level ? <span className={`rounded px-1.5 py-0.5 font-semibold ${TONE[level]}`}>{level}</span> : "—"}
    </>
  );
  if (level !== "Belum" || unmet.length === 0) return <span className="block whitespace-nowrap text-xs">{label}</span>;
  return (
    <details className="text-xs" data-testid="wbk-unmet">
      <summary className="cursor-pointer whitespace-nowrap">
        {label} <span className="text-brand-700 underline">{unmet.length} syarat WBK belum terpenuhi</span>
      </summary>
      <ul className="mt-1 min-w-64 list-disc space-y-0.5 pl-4">
        {unmet.map((r) => (
          <li key={r.label}>{r.label}: {formatScore(r.actual)} (minimal {formatScore(r.required)})</li>
        ))}
      </ul>
    </details>
  );
}
