import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getReviewSection } from "@/lib/review/queries";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { toScoreSummary } from "@/lib/assessments/compute-stored-score";
import { orNotFound } from "@/lib/page-guard";
import { displayTitle } from "@/lib/scoring/format-id";
import { formatScore } from "@/lib/format";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { ItemCard } from "@/components/lke/item-card";
import { LiveScore, ScoreProvider } from "@/components/lke/score-context";
import { FillingPageProvider } from "@/components/lke/filling-page";
import { UnsentIndicator } from "@/components/lke/unsent-indicator";
import { SelfAnswerSummary } from "@/components/review/self-answer-summary";
import { VerdictControls } from "@/components/review/verdict-controls";
import { NoteThread } from "@/components/review/note-thread";
import { AreaCopyPanel } from "@/components/review/area-copy-panel";
import { RoundChangeNote } from "@/components/review/round-change-note";
import { getRoundChanges } from "@/lib/review/round-changes";

export const metadata: Metadata = { title: "Evaluasi butir" };

export default async function ReviewSectionPage({ params }: { params: Promise<{ assessmentId: string; sectionCode: string }> }) {
  const { assessmentId, sectionCode } = await params;
  const user = await requireUser();
  const access = await orNotFound(authorizeAssessment(user, assessmentId, "review.read"));
  const page = await orNotFound(getReviewSection(access, decodeURIComponent(sectionCode)));
  const { header, section, groups, score, evaluatorScore, canReview } = page;
  const review = new Map(page.reviewItems.map((r) => [r.id, r]));
  const changes = await getRoundChanges(access);
  const changedById = new Map((changes?.changed ?? []).map((c) => [c.itemId, c]));
  const entries = groups.flatMap((g) => g.items).map((entry) => ({ entry, r: review.get(entry.id) }));
  const tpiAnswered = (r: (typeof entries)[number]["r"]) => r?.evaluatorAnswer?.value !== null && r?.evaluatorAnswer?.value !== undefined;
  const unitAnswered = (e: (typeof entries)[number]["entry"]) => e.answer?.value !== null && e.answer?.value !== undefined;
  const candidates = entries
    .filter(({ entry, r }) => !tpiAnswered(r) && unitAnswered(entry) && r?.review?.verdict !== "REVISION_REQUESTED")
    .map(({ entry, r }) => ({ itemId: entry.id, code: entry.item.code, expectedVersion: r?.evaluatorAnswer?.version ?? 0 }));
  const unitUnanswered = entries.filter(({ entry, r }) => !tpiAnswered(r) && !unitAnswered(entry)).map(({ entry }) => entry.item.code);

  // The page's counters follow the TPI answers; unsent ones are kept per evaluator.
  const tally = Object.fromEntries(entries.map(({ entry, r }) => [entry.id, { answered: tpiAnswered(r), evidence: entry.evidence.entries.length }]));

  return (
    <ScoreProvider initial={toScoreSummary(evaluatorScore)}>
      <FillingPageProvider userId={user.id} initial={tally}>
        <div className="space-y-4">
          <AssessmentHeading header={header} crumb={`Evaluasi ${section.code} ${displayTitle(section.title)}`} readOnly={!canReview} />
          <div className="sticky top-0 z-10 -mx-4 flex flex-wrap gap-x-6 gap-y-1 border-b border-slate-200 bg-slate-50/95 px-4 py-2 text-sm backdrop-blur">
            <span>Nilai mandiri {section.code}: <span className="font-semibold">{formatScore(score.nodes[section.code]?.score ?? 0)}</span></span>
            <span>Nilai TPI {section.code}: <LiveScore code={section.code} className="font-semibold" /> / {formatScore(section.weight)}</span>
            <span>Total TPI <LiveScore code="TOTAL" className="font-semibold" /></span>
            <Link href={`/evaluasi/${assessmentId}/lembar-kerja`} className="ml-auto text-brand-700 underline">Lembar kerja</Link>
            <Link href={`/evaluasi/${assessmentId}`} className="text-brand-700 underline">Ringkasan evaluasi</Link>
            <UnsentIndicator assessmentId={assessmentId} />
          </div>
          {!canReview ? <p className="rounded-md bg-slate-100 p-3 text-sm">Penilaian tidak sedang dalam tahap evaluasi TPI; halaman ini hanya baca.</p> : (
            <AreaCopyPanel assessmentId={assessmentId} sectionCode={section.code} candidates={candidates} unitUnanswered={unitUnanswered} />
          )}
          {groups.map((group) => (
            <section key={group.indicator.code} aria-labelledby={`indikator-${group.indicator.code}`} className="space-y-3">
              <h2 id={`indikator-${group.indicator.code}`} className="text-base font-semibold">
                <span className="font-mono text-sm text-slate-500">{group.indicator.code}</span> {group.indicator.title}
                <span className="ml-2 text-sm font-normal text-slate-600">TPI <LiveScore code={group.indicator.code} className="font-semibold" /> dari {formatScore(group.indicator.weight)}</span>
              </h2>
              {group.items.map((entry) => {
                const r = review.get(entry.id);
                return (
                  <ItemCard key={entry.id} side="EVALUATOR" assessmentId={assessmentId} itemId={entry.id} item={entry.item} maxPoints={entry.maxPoints}
                    answer={r?.evaluatorAnswer ?? null} canEdit={canReview} evidence={entry.evidence}
                    context={<SelfAnswerSummary item={entry.item} answer={entry.answer} maxPoints={entry.maxPoints} />}>
                    <div className="mt-3 space-y-2 border-t border-slate-200 pt-3">
                      {changedById.has(entry.id) ? <RoundChangeNote round={changes!.round} change={changedById.get(entry.id)!} /> : null}
                      <VerdictControls assessmentId={assessmentId} itemId={entry.id} itemCode={entry.item.code} review={r?.review ?? null} canReview={canReview}
                        unitAnswered={unitAnswered(entry)} evaluatorVersion={r?.evaluatorAnswer?.version ?? 0} />
                      <NoteThread assessmentId={assessmentId} itemId={entry.id} itemCode={entry.item.code} notes={r?.notes ?? []} canWrite={canReview} replyLabel="Catatan TPI" />
                      <Link href={`/lke/${assessmentId}/riwayat/${entry.id}`} className="text-sm text-brand-700 underline">Riwayat butir</Link>
                    </div>
                  </ItemCard>
                );
              })}
            </section>
          ))}
        </div>
      </FillingPageProvider>
    </ScoreProvider>
  );
}
