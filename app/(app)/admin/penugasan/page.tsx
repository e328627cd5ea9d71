import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { authorizeScope } from "@/lib/access/scope-access";
import { getAssignmentBoard } from "@/lib/review/assignment-queries";
import { orNotFound } from "@/lib/page-guard";
import { AssignmentRow } from "@/components/review/assignment-row";

export const metadata: Metadata = { title: "Penugasan TPI" };

export default async function AssignmentPage({ searchParams }: { searchParams: Promise<{ periode?: string }> }) {
  const { periode } = await searchParams;
  const user = await requireUser();
  const board = await orNotFound(() => getAssignmentBoard(authorizeScope(user, "evaluator.assign"), periode));
  const awaiting = board.assessments.filter((a) => a.awaitingEvaluator);
  const others = board.assessments.filter((a) => !a.awaitingEvaluator);
  const row = (a: (typeof board.assessments)[number]) => (
    <AssignmentRow key={a.id} assessmentId={a.id} unitName={a.unit.name} status={a.status} team={a.assignments} evaluators={board.evaluators} />
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Penugasan evaluator TPI</h1>
      <nav aria-label="Periode" className="flex flex-wrap gap-2 text-sm">
        {board.periods.map((p) => (
          <Link key={p.id} href={`/admin/penugasan?periode=${p.id}`} aria-current={p.id === board.period?.id ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 ${p.id === board.period?.id ? "bg-brand-700 text-white" : "border border-slate-300 bg-white"}`}>{p.name}</Link>
        ))}
      </nav>
      {board.period === null ? <p className="text-slate-600">Belum ada periode penilaian.</p> : (
        <>
          {awaiting.length > 0 ? (
            <section aria-labelledby="tanpa-evaluator" className="space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4" data-testid="awaiting-evaluator">
              <h2 id="tanpa-evaluator" className="text-lg font-semibold">Dikirim, belum ada evaluator ({awaiting.length})</h2>
              <p className="text-sm">LKE unit berikut sudah dikirim ke TPI, tetapi belum muncul di antrean evaluator mana pun. Tugaskan ketua tim terlebih dahulu.</p>
              <ul className="grid gap-3 md:grid-cols-2">{awaiting.map(row)}</ul>
            </section>
          ) : null}
          <section aria-labelledby="semua-unit" className="space-y-3">
            <h2 id="semua-unit" className="text-lg font-semibold">{awaiting.length > 0 ? "Unit lainnya" : "Semua unit"} ({others.length})</h2>
            <ul className="grid gap-3 md:grid-cols-2">{others.map(row)}</ul>
          </section>
        </>
      )}
    </div>
  );
}
