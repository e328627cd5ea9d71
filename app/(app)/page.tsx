import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { heldPermissions } from "@/lib/auth/policy";
import { authorizeScope } from "@/lib/access/scope-access";
import { listAssessments } from "@/lib/assessments/queries";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate, formatScore } from "@/lib/format";
import { countAwaitingEvaluator } from "@/lib/review/assignment-queries";
import { AwaitingEvaluatorNotice } from "@/components/review/awaiting-evaluator-notice";

export default async function HomePage() {
  const user = await requireUser();
  const may = heldPermissions(user);
  const assessments = may.has("assessment.read") ? await listAssessments(authorizeScope(user, "assessment.read")) : [];
  const onlyUnitRoles = user.roles.every((r) => r.role === "UNIT_MEMBER" || r.role === "UNIT_HEAD");
  const latestYear = assessments[0]?.year;
  const current = assessments.filter((a) => a.year === latestYear);
  // A unit's team has one LKE per period: take them straight to it.
  if (onlyUnitRoles && current.length === 1) redirect(`/lke/${current[0]!.id}`);
  // Leaders start from the dashboard, evaluators from their review queue.
  if (user.roles.every((r) => r.role === "LEADER")) redirect("/dasbor");
  if (user.roles.every((r) => r.role === "EVALUATOR")) redirect("/evaluasi");

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Selamat datang, {user.name}</h1>
        <p className="text-slate-600">Lembar Kerja Evaluasi Zona Integritas yang dapat Anda akses.</p>
      </div>
      {may.has("evaluator.assign") ? <AwaitingEvaluatorNotice counts={await countAwaitingEvaluator(authorizeScope(user, "evaluator.assign"))} /> : null}
      {may.has("catalogue.read") ? (
        <p className="text-sm">
          Kelola <Link className="text-brand-700 underline" href="/admin/periode">periode penilaian</Link> dan{" "}
          <Link className="text-brand-700 underline" href="/admin/katalog">katalog LKE</Link>.
        </p>
      ) : null}
      {assessments.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">Belum ada LKE yang dapat Anda akses.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {assessments.map((a) => (
            <li key={a.id}>
              <Link href={`/lke/${a.id}`} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
                <div className="flex items-start justify-between gap-2">
                  <span className="font-semibold">{a.unitName}</span>
                  <StatusBadge status={a.status} />
                </div>
                <p className="mt-1 text-sm text-slate-600">{a.periodName}</p>
                <dl className="mt-3 flex gap-6 text-sm">
                  <div><dt className="text-slate-500">Nilai mandiri</dt><dd className="font-semibold">{formatScore(a.selfTotal)}</dd></div>
                  <div><dt className="text-slate-500">Terjawab</dt><dd className="font-semibold">{a.answered}/{a.itemCount}</dd></div>
                  <div><dt className="text-slate-500">Aktivitas terakhir</dt><dd>{formatDate(a.lastActivityAt)}</dd></div>
                </dl>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
