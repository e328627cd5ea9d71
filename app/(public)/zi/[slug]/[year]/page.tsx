import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findPublicPage } from "@/lib/access/public-access";
import { NotFoundError } from "@/lib/errors";
import { getPublicPageContent } from "@/lib/public-pages/public-content";
import { PublicPageView } from "@/components/public-page/public-page-view";

type TParams = { params: Promise<{ slug: string; year: string }> };

async function load(params: TParams["params"]) {
  const { slug, year } = await params;
  try {
    return await findPublicPage(slug, /^\d{4}$/.test(year) ? Number(year) : NaN);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const page = await load(params);
  const title = `Zona Integritas ${page.unitName} ${page.year}`;
  const description = `Pembangunan Zona Integritas ${page.unitName} (${page.agencyName}) tahun ${page.year}: pernyataan dan bukti dukung per area perubahan, maklumat, standar dan inovasi pelayanan.`;
  return {
    title: { absolute: title },
    description,
    openGraph: { title, description, type: "website", locale: "id_ID", siteName: "Zona Integritas" },
    twitter: { card: "summary", title, description },
  };
}

export default async function PublicZiPage({ params }: TParams) {
  const page = await load(params);
  const content = await getPublicPageContent(page);
  return <PublicPageView head={page} content={content} yearHref={(y) => `/zi/${page.slug}/${y}`} />;
}
