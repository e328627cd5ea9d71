import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { authorizeCatalogue } from "@/lib/access/catalogue-access";
import { getCatalogueVersionDetail } from "@/lib/catalogue/admin-queries";
import { orNotFound } from "@/lib/page-guard";
import { formatDate, formatInteger } from "@/lib/format";
import { PageHeading } from "@/components/admin/page-heading";
import { InUseBadge } from "@/components/admin/in-use-badge";
import { CatalogueTree } from "@/components/admin/catalogue-tree";
import { PredicateTable } from "@/components/admin/predicate-table";

export const metadata: Metadata = { title: "Rincian katalog LKE" };

export default async function CatalogueVersionPage({ params }: { params: Promise<{ versionId: string }> }) {
  const { versionId } = await params;
  const user = await requireUser();
  const version = await orNotFound(() => getCatalogueVersionDetail(authorizeCatalogue(user, "catalogue.read"), versionId));
  return (
    <div className="space-y-8">
      <PageHeading title={`${version.code} versi ${version.version}`} back={{ href: "/admin/katalog", label: "Katalog LKE" }}
        description={<><span className="block">{version.title}</span><span className="block text-sm">{version.regulation}</span></>}>
        <InUseBadge inUse={version.inUse} />
      </PageHeading>
      <a href={`/api/katalog/${version.id}/xlsx`} download className="inline-block rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm hover:bg-slate-100">Unduh XLSX</a>
      <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <div><dt className="text-slate-500">Jumlah butir</dt><dd className="font-semibold">{formatInteger(version.itemCount)}</dd></div>
        <div><dt className="text-slate-500">Diimpor</dt><dd>{formatDate(version.createdAt)}</dd></div>
        <div><dt className="text-slate-500">Sidik berkas (SHA-256)</dt><dd className="font-mono text-xs break-all">{version.checksum.slice(0, 16)}…</dd></div>
      </dl>
      <section aria-labelledby="struktur" className="space-y-3">
        <h2 id="struktur" className="text-lg font-semibold">Struktur dan bobot</h2>
        <CatalogueTree components={version.components} />
      </section>
      <section aria-labelledby="ambang" className="space-y-3">
        <h2 id="ambang" className="text-lg font-semibold">Ambang predikat</h2>
        <PredicateTable predicates={version.predicates} />
      </section>
    </div>
  );
}
