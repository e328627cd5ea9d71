import { notFound, redirect } from "next/navigation";
import { latestPublicYear } from "@/lib/public-pages/public-units";

// /zi/<slug>: the unit's newest year.
export default async function PublicUnitPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const year = await latestPublicYear(slug);
  if (year === null) notFound();
  redirect(`/zi/${slug}/${year}`);
}
