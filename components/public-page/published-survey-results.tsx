// SLOT FOR PUBLISHED SURVEY RESULTS (issue 13, points 2-5: SPAK/SPKP). The surveys work fills this
// section with the unit's published IPAK and IPKP results (indices, respondent counts, charts) for
// the page's unit and year. Until then it says there is nothing yet. Keep the heading and id: the
// page's table of contents links to #hasil-survei.

/** Published survey results of one unit and year: filled by the surveys work (see above). */
export function PublishedSurveyResults(_props: { unitId: string; year: number }) {
  return (
    <section aria-labelledby="hasil-survei" className="space-y-2">
      <h2 id="hasil-survei" className="text-xl font-semibold">Hasil survei (IPAK dan IPKP)</h2>
      <p className="text-sm text-slate-600">Belum ada hasil survei yang dipublikasikan.</p>
    </section>
  );
}
