import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { getF01Sheet } from "@/lib/pekppp/f01-sheet";
import { orNotFound } from "@/lib/page-guard";
import { prisma } from "@/lib/db";
import { F01Question } from "@/components/pekppp/f01-question";
import { SubmitF01Button } from "@/components/pekppp/submit-f01-button";
import { EvidencePanel } from "@/components/evidence/evidence-panel";

export const metadata: Metadata = { title: "F-01 Pengisian mandiri PEKPPP" };

export default async function F01Page({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requireUser();
  const access = await orNotFound(authorizeAssessment(user, assessmentId, "assessment.read"));
  const sheet = await getF01Sheet(access);
  if (!sheet) return <p className="rounded-md border border-slate-200 bg-white p-4">Penilaian ini bukan evaluasi PEKPPP.</p>;
  const header = await prisma.assessment.findUniqueOrThrow({ where: { id: access.id }, select: { unit: { select: { name: true } }, period: { select: { name: true } } } });
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">F-01 Pengisian mandiri · {header.unit.name}</h1>
        <p className="text-slate-700">{header.period.name} · {sheet.answered} dari {sheet.total} pertanyaan terisi{sheet.status === "DRAFT" ? "" : " · sudah dikirim"}</p>
        <p className="text-sm text-slate-600">F-01 tidak dinilai: jawaban dan bukti dukung menjadi dasar tim evaluator memberi nilai F-02. Unggah bukti dukung yang diminta pada setiap indikator.</p>
        <p className="text-sm text-slate-700">
          Kuesioner F-03 untuk pengguna layanan dijalankan melalui{" "}
          <Link href={`/lke/${assessmentId}/survei`} className="text-brand-700 underline">Survei</Link>: buka kuesioner F-03, bagikan tautan atau kode QR-nya.
        </p>
      </header>
      {sheet.aspects.map((aspect) => (
        <section key={aspect.code} aria-labelledby={`aspek-${aspect.code}`} className="space-y-3">
          <h2 id={`aspek-${aspect.code}`} className="text-lg font-semibold">{aspect.title}</h2>
          {aspect.indicators.map((indicator) => (
            <article key={indicator.code} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
              <h3 className="font-semibold"><span className="font-mono text-xs text-slate-600">{indicator.code}</span> {indicator.title}</h3>
              {indicator.questions.map((question) => <F01Question key={question.itemId} assessmentId={assessmentId} question={question} disabled={!sheet.writable} />)}
              {indicator.evidenceItem ? (
                <EvidencePanel assessmentId={assessmentId} itemId={indicator.evidenceItem.itemId} item={indicator.evidenceItem.item}
                  canEdit={sheet.canEditEvidence} initial={indicator.evidenceItem.initial} />
              ) : null}
            </article>
          ))}
        </section>
      ))}
      {sheet.canSubmit ? <SubmitF01Button assessmentId={assessmentId} statusVersion={sheet.statusVersion} /> : null}
    </div>
  );
}
