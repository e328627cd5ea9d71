import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getSectionPage } from "@/lib/assessments/section-queries";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { toScoreSummary } from "@/lib/assessments/compute-stored-score";
import { orNotFound } from "@/lib/page-guard";
import { displayTitle } from "@/lib/scoring/format-id";
import { formatScore } from "@/lib/format";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { SectionNav } from "@/components/lke/section-nav";
import { ItemCard } from "@/components/lke/item-card";
import { ItemReviewFooter } from "@/components/review/item-review-footer";
import { LiveAnswered, LiveScore, ScoreProvider } from "@/components/lke/score-context";
import { FillingPageProvider, LiveEvidenceCompleteness } from "@/components/lke/filling-page";
import { UnsentIndicator } from "@/components/lke/unsent-indicator";
import { AreaPager } from "@/components/lke/area-pager";
import { getSurveySources } from "@/lib/surveys/queries";
import { SurveySourceNote } from "@/components/surveys/survey-source-note";
import type { TNavGroup } from "@/components/lke/section-nav";

export const metadata: Metadata = { title: "Pengisian LKE" };

export default async function SectionPage({ params }: { params: Promise<{ assessmentId: string; sectionCode: string }> }) {
  const { assessmentId, sectionCode } = await params;
  const user = await requireUser();
  const access = await orNotFound(authorizeAssessment(user, assessmentId, "assessment.read"));
  const [page, surveySources] = await Promise.all([orNotFound(getSectionPage(access, decodeURIComponent(sectionCode))), getSurveySources(access)]);
  const { header, section, part, groups, score } = page;
  const partLabel = part.code === section.code ? "" : `${displayTitle(part.title)} · `;
  const items = groups.flatMap((g) => g.items);
  const tally = Object.fromEntries(items.map((i) => [i.id, { answered: i.answer !== null && i.answer.value !== null, evidence: i.evidence.entries.length }]));
  // Small DTOs for the client menu: codes, titles and item counts, not the catalogue tree.
  const navGroups: TNavGroup[] = page.navGroups.map((group) => ({
    title: displayTitle(group.title),
    sections: group.sections.map((s) => ({ code: s.code, title: displayTitle(s.title), itemCount: score.nodes[s.code]?.itemCount ?? 0 })),
  }));

  return (
    <ScoreProvider initial={toScoreSummary(score)}>
      <FillingPageProvider userId={user.id} initial={tally}>
        <div className="space-y-4">
          <AssessmentHeading header={header} crumb={`${section.code} ${section.title}`} />
          <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center gap-x-6 gap-y-1 border-b border-slate-200 bg-slate-50/95 px-4 py-2 text-sm backdrop-blur">
            <span><span className="text-slate-600">{partLabel}{section.title}: </span>
              <LiveScore code={section.code} className="font-semibold" /> / {formatScore(section.weight)}</span>
            <span className="text-slate-600">Terjawab <LiveAnswered code={section.code} total={items.length} /></span>
            <span className="text-slate-600">Total LKE <LiveScore code="TOTAL" className="font-semibold text-slate-900" /></span>
            <LiveEvidenceCompleteness className="text-slate-600" />
            <UnsentIndicator assessmentId={assessmentId} />
          </div>
          <noscript><p className="rounded-md bg-amber-50 p-3 text-sm text-amber-950">JavaScript di peramban ini nonaktif: jawaban dapat dilihat, tetapi untuk mengisi dan menyimpan LKE aktifkan JavaScript.</p></noscript>
          <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[16rem_minmax(0,1fr)]">
            <SectionNav assessmentId={assessmentId} groups={navGroups} current={section.code} />
            <div className="min-w-0 space-y-6">
              {groups.map((group) => (
                <section key={group.indicator.code} aria-labelledby={`indikator-${group.indicator.code}`} className="space-y-3">
                  <h2 id={`indikator-${group.indicator.code}`} className="flex flex-wrap items-baseline justify-between gap-2 text-base font-semibold">
                    <span><span className="font-mono text-sm text-slate-500">{group.indicator.code}</span> {group.indicator.title}</span>
                    <span className="text-sm font-normal text-slate-600">
                      Nilai <LiveScore code={group.indicator.code} className="font-semibold text-slate-900" /> dari bobot {formatScore(group.indicator.weight)}
                    </span>
                  </h2>
                  {group.items.map((entry) => (
                    <ItemCard key={entry.id} assessmentId={assessmentId} itemId={entry.id} item={entry.item}
                      maxPoints={entry.maxPoints} answer={entry.answer} canEdit={entry.canEdit} evidence={entry.evidence}
                      context={entry.item.answerType === "SURVEY_INDEX_0_4" ? <SurveySourceNote assessmentId={assessmentId} source={surveySources.get(entry.id)} /> : undefined}>
                      <ItemReviewFooter assessmentId={assessmentId} entry={entry}
                        canReply={header.status === "REVISION_REQUESTED" && entry.canEdit} />
                    </ItemCard>
                  ))}
                </section>
              ))}
              <AreaPager assessmentId={assessmentId} groups={navGroups} current={section.code} />
            </div>
          </div>
        </div>
      </FillingPageProvider>
    </ScoreProvider>
  );
}
