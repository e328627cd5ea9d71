import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { authorizeScope } from "@/lib/access/scope-access";
import { listReviewQueue } from "@/lib/review/queue";
import { orNotFound } from "@/lib/page-guard";
import { StatusBadge } from "@/components/ui/status-badge";
import { QueueFilter } from "@/components/review/queue-filter";
import { formatDate, formatScore } from "@/lib/format";

export const metadata: Metadata = { title: "Antrean evaluasi TPI" };

export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const { status } = await searchParams;
  const user = await requireUser();
  const queue = await orNotFound(() => listReviewQueue(authorizeScope(user, "review.read"), status));
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-bold">Antrean evaluasi TPI</h1>
        <p className="text-slate-600">Unit kerja yang ditugaskan kepada Anda.</p>
      </div>
      {queue.total === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">Belum ada unit yang ditugaskan kepada Anda.</p>
      ) : (
        <>
          <QueueFilter current={queue.status} counts={queue.counts} total={queue.total} />
          {queue.rows.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">Tidak ada unit dengan status ini.</p>
          ) : (
            <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
              <table className="w-full min-w-[40rem] text-sm" data-testid="review-queue">
                <thead className="bg-slate-100 text-left">
                  <tr>
                    <th scope="col" className="px-3 py-2">Unit kerja</th>
                    <th scope="col" className="px-3 py-2">Status</th>
                    <th scope="col" className="px-3 py-2 text-right">Belum diterima</th>
                    <th scope="col" className="px-3 py-2 text-right">Nilai mandiri</th>
                    <th scope="col" className="px-3 py-2 text-right">Nilai TPI</th>
                    <th scope="col" className="px-3 py-2">Batas evaluasi</th>
                  </tr>
                </thead>
                <tbody>
                  {queue.rows.map((row) => (
                    <tr key={row.id} className="border-t border-slate-200">
                      <th scope="row" className="px-3 py-2 text-left">
                        <Link href={`/evaluasi/${row.id}`} className="font-medium text-brand-700 hover:underline">{row.unitName}</Link>
                        <span className="block text-xs font-normal text-slate-500">{row.periodName} · {row.role === "LEAD" ? "Ketua tim" : "Anggota tim"}</span>
                      </th>
                      <td className="px-3 py-2"><StatusBadge status={row.status} />{row.revisionRound ? <span className="ml-1 text-xs text-slate-500">putaran {row.revisionRound}</span> : null}</td>
                      <td className="px-3 py-2 text-right">{row.itemsLeft} / {row.itemCount}</td>
                      <td className="px-3 py-2 text-right">{formatScore(row.selfTotal)}</td>
                      <td className="px-3 py-2 text-right">{row.evaluatorTotal === null ? "—" : formatScore(row.evaluatorTotal)}</td>
                      <td className="px-3 py-2">{row.reviewClosesAt ? formatDate(row.reviewClosesAt) : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </div>
  );
}
