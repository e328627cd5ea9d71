import { formatDateTime, formatInteger } from "@/lib/format";
import { setSurveyResultsPublishedAction } from "@/lib/public-pages/actions";
import { MIN_GROUP } from "@/lib/surveys/published-results";
import { ActionButton } from "@/components/surveys/action-button";

type TProps = {
  surveyId: string;
  publication: { publishedAt: Date; respondents: number } | null;
  respondentsNow: number;
  canPublish: boolean;
};

/** The unit's deliberate act of showing a survey's aggregate results on its public ZI page. */
export function ResultsPublishingPanel({ surveyId, publication, respondentsNow, canPublish }: TProps) {
  const stale = publication !== null && publication.respondents !== respondentsNow;
  return (
    <section aria-labelledby="publikasi-hasil" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="results-publishing">
      <h3 id="publikasi-hasil" className="font-semibold">Publikasi hasil di halaman publik ZI</h3>
      <p data-testid="results-publication-state">
        {publication
          ? `Dipublikasikan ${formatDateTime(publication.publishedAt)} dengan ${formatInteger(publication.respondents)} responden.`
          : "Belum dipublikasikan."}
        {stale ? ` Sekarang ${formatInteger(respondentsNow)} responden: perbarui agar halaman publik menampilkan hasil terkini.` : ""}
      </p>
      <p className="text-slate-600">
        Yang dipublikasikan hanya hasil agregat (indeks per pertanyaan dan keseluruhan, jumlah responden, kelompok profil dengan paling sedikit {MIN_GROUP} responden), tidak pernah jawaban perorangan.
      </p>
      {canPublish ? (
        <p className="flex flex-wrap gap-2">
          <ActionButton action={setSurveyResultsPublishedAction} primary input={{ surveyId, published: true }}
            label={publication ? "Perbarui hasil publikasi" : "Publikasikan hasil"}
            confirm="Hasil agregat survei ini akan tampil di halaman publik ZI unit. Lanjutkan?" />
          {publication ? <ActionButton action={setSurveyResultsPublishedAction} input={{ surveyId, published: false }} label="Tarik dari publikasi" /> : null}
        </p>
      ) : null}
    </section>
  );
}
