import type { TPredicateResult } from "@/lib/scoring/types";
import { formatScore } from "@/lib/format";

/** WBK / WBBM: which score requirements are met and exactly which are not. */
export function PredicateCard({ predicate }: { predicate: TPredicateResult }) {
  const ok = predicate.scoreRequirementsMet;
  return (
    <section aria-labelledby={`predicate-${predicate.code}`} data-testid={`predicate-${predicate.code}`}
      className={`rounded-lg border p-4 ${ok ? "border-emerald-300 bg-emerald-50" : "border-amber-300 bg-amber-50"}`}>
      <h3 id={`predicate-${predicate.code}`} className="font-semibold">{predicate.label}</h3>
      <p className="mt-1 text-sm font-medium">
        {ok ? "Syarat nilai terpenuhi" : `Belum memenuhi ${predicate.unmet.length} syarat nilai`}
      </p>
      {predicate.unmet.length ? (
        <ul className="mt-2 space-y-1 text-sm">
          {predicate.unmet.map((r) => (
            <li key={r.key}>
              <span className="font-medium">{r.label}</span>: {formatScore(r.actual)} (minimal {formatScore(r.required)})
            </li>
          ))}
        </ul>
      ) : null}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-slate-700">Prasyarat yang dikonfirmasi TPI ({predicate.preconditions.length})</summary>
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {predicate.preconditions.map((p) => (
            <li key={p.label}>
              {p.label}: <span className="font-medium">{p.status === "confirmed" ? "terpenuhi" : p.status === "failed" ? "tidak terpenuhi" : "belum dikonfirmasi"}</span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
