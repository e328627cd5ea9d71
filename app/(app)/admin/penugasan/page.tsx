import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getAssignmentBoard } from "@/lib/review/assignment-queries";
import { orNotFound } from "@/lib/page-guard";
import { AssignmentRow } from "@/components/review/assignment-row";

export const metadata: Metadata = { title: "Penugasan TPI" };

export default async function AssignmentPage({ searchParams }: { searchParams: Promise<{ periode?: string }> }) {
  const { periode } = await searchParams;
  const user = await requireUser();
  const board = await orNotFound(getAssignmentBoard(user, periode));
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
        <ul className="grid gap-3 md:grid-cols-2">
          {board.assessments.map((a) => (
            <AssignmentRow key={a.id} assessmentId={a.id} unitName={a.unit.name} team={a.assignments} evaluators={board.evaluators} />
          ))}
        </ul>
      )}
    </div>
  );
}
