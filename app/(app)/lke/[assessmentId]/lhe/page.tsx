import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getLhe } from "@/lib/review/lhe-store";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { orNotFound } from "@/lib/page-guard";
import { LheDocument } from "@/components/review/lhe-document";
import { PrintButton } from "@/components/ui/print-button";
import { DocumentLinks } from "@/components/documents/document-links";

export const metadata: Metadata = { title: "Laporan Hasil Evaluasi" };

export default async function LhePage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requireUser();
  const lhe = await getLhe(await orNotFound(authorizeAssessment(user, assessmentId, "assessment.read")));
  return (
    <div className="space-y-4">
      <div className="no-print flex flex-wrap items-center justify-end gap-3">
        <DocumentLinks assessmentId={assessmentId} status="FINAL" isEvaluator={false} only={["lhe", "berita-acara"]} />
        <PrintButton />
      </div>
      <LheDocument lhe={lhe} />
    </div>
  );
}
