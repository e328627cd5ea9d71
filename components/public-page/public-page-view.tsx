import Link from "next/link";
import type { TPublicPageContent } from "@/lib/public-pages/content-types";
import { PublicAreas } from "@/components/public-page/public-areas";
import { PublicServices } from "@/components/public-page/public-services";
import { PublishedSurveyResults } from "@/components/public-page/published-survey-results";

export type TPublicPageHead = { unitId: string; unitName: string; agencyName: string; year: number; years: number[]; slug: string | null };

/**
 * The public ZI page of one unit and year: service information, the six areas with the published
 * statements and bukti dukung, the survey results. The signed-in preview renders this same view.
 */
export function PublicPageView({ head, content, yearHref }: { head: TPublicPageHead; content: TPublicPageContent; yearHref: ((year: number) => string) | null }) {
  const nothing = content.counts.statements + content.counts.evidence + content.counts.services + content.counts.surveys === 0;
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-slate-700">{head.agencyName}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">Zona Integritas {head.unitName}</h1>
        <p className="text-slate-700">Pembangunan Zona Integritas menuju WBK/WBBM, tahun {head.year}.</p>
        {yearHref && head.years.length > 1 ? (
          <nav aria-label="Tahun" className="flex flex-wrap gap-2 text-sm">
            {head.years.map((y) => y === head.year
              ? <span key={y} aria-current="page" className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white">{y}</span>
              : <Link key={y} href={yearHref(y)} className="rounded-md border border-slate-300 bg-white px-3 py-1.5">{y}</Link>)}
          </nav>
        ) : null}
        <nav aria-label="Daftar isi" className="text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li><a href="#informasi-pelayanan" className="text-brand-700 underline">Informasi pelayanan</a></li>
            {content.areas.map((a) => <li key={a.number}><a href={`#area-${a.number}`} className="text-brand-700 underline">Area {a.number}</a></li>)}
            <li><a href="#hasil-survei" className="text-brand-700 underline">Hasil survei</a></li>
          </ul>
        </nav>
      </header>
      {nothing ? <p className="rounded-md border border-slate-200 bg-white p-3 text-sm">Unit ini belum mempublikasikan apa pun untuk tahun {head.year}.</p> : null}
      <PublicServices services={content.services} />
      <PublicAreas areas={content.areas} hasil={content.hasil} />
      <PublishedSurveyResults surveys={content.surveys} />
    </article>
  );
}
