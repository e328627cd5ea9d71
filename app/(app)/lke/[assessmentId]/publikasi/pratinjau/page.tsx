import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { publicPageOfAssessment } from "@/lib/access/public-access";
import { orNotFound } from "@/lib/page-guard";
import { getPublicPageContentUncached } from "@/lib/public-pages/public-content";
import { PublicPageView } from "@/components/public-page/public-page-view";

export const metadata: Metadata = { title: "Pratinjau halaman publik" };

// Exactly what the public page shows (the same view and the same published-only content), read
// fresh rather than from the public cache.
export default async function PreviewPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requireUser();
  const access = await orNotFound(authorizeAssessment(user, assessmentId, "public.publish"));
  const page = await publicPageOfAssessment(access);
  const content = await getPublicPageContentUncached(page);
  return (
    <div className="space-y-4">
      <div role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
        Pratinjau: inilah yang dilihat masyarakat{page.slug ? <> di <Link href={`/zi/${page.slug}/${page.year}`} className="underline">/zi/{page.slug}/{page.year}</Link></> : " setelah unit mempublikasikan sesuatu"}.{" "}
        <Link href={`/lke/${assessmentId}/publikasi`} className="underline">Kembali ke publikasi</Link>
      </div>
      <PublicPageView head={page} content={content} yearHref={null} />
    </div>
  );
}
