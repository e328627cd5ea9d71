import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { orNotFound } from "@/lib/page-guard";
import { getPublishingWorkspace } from "@/lib/public-pages/workspace";
import { getAssessmentHeader } from "@/lib/assessments/queries";
import { PublishingWorkspace } from "@/components/public-page/publishing/publishing-workspace";

export const metadata: Metadata = { title: "Publikasi halaman ZI" };

export default async function PublishingPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requireUser();
  const access = await orNotFound(authorizeAssessment(user, assessmentId, "public.publish"));
  const [workspace, header] = await Promise.all([getPublishingWorkspace(access), getAssessmentHeader(access)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Publikasi halaman ZI: {workspace.unitName} {workspace.year}</h1>
      <p className="max-w-3xl text-sm text-slate-700">
        Hanya yang Anda publikasikan dengan sengaja yang tampil di halaman publik: pernyataan per indikator, bukti dukung satu per satu, dan
        informasi pelayanan. Setiap publikasi dan penarikan tercatat di jejak audit.
      </p>
      <nav aria-label="Halaman publik" className="flex flex-wrap gap-2 text-sm">
        <Link href={`/lke/${assessmentId}/publikasi/pratinjau`} className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white">Pratinjau halaman publik</Link>
        {workspace.slug ? <Link href={`/zi/${workspace.slug}/${workspace.year}`} className="rounded-md border border-slate-300 bg-white px-3 py-1.5">Buka halaman publik</Link> : null}
      </nav>
      <PublishingWorkspace assessmentId={assessmentId} workspace={workspace} timeZone={header.unit.timeZone} />
    </div>
  );
}
