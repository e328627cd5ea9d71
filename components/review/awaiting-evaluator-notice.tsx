import Link from "next/link";
import { formatInteger } from "@/lib/format";

type TCounts = { total: number; perPeriod: { id: string; name: string; count: number }[] };

/** On the admin's overview: units already sent to the TPI that no evaluator is assigned to. */
export function AwaitingEvaluatorNotice({ counts }: { counts: TCounts }) {
  if (counts.total === 0) return null;
  return (
    <section aria-labelledby="menunggu-evaluator" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="awaiting-evaluator-count">
      <h2 id="menunggu-evaluator" className="font-semibold">{formatInteger(counts.total)} LKE dikirim, belum ada evaluator</h2>
      <p>LKE ini tidak muncul di antrean TPI mana pun sampai evaluator ditugaskan.</p>
      <ul className="mt-1 list-disc pl-5">
        {counts.perPeriod.map((p) => (
          <li key={p.id}>
            <Link href={`/admin/penugasan?periode=${p.id}`} className="text-brand-700 underline">{p.name}</Link>: {formatInteger(p.count)} unit
          </li>
        ))}
      </ul>
    </section>
  );
}
