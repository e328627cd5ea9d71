import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { authorizeCatalogue } from "@/lib/access/catalogue-access";
import { heldPermissions } from "@/lib/auth/policy";
import { listCatalogueVersions } from "@/lib/catalogue/admin-queries";
import { orNotFound } from "@/lib/page-guard";
import { PageHeading } from "@/components/admin/page-heading";
import { CatalogueVersionList } from "@/components/admin/catalogue-version-list";
import { CatalogueImportForm } from "@/components/admin/catalogue-import-form";
import { CatalogueXlsxImportForm } from "@/components/admin/catalogue-xlsx-import-form";

export const metadata: Metadata = { title: "Katalog LKE" };

export default async function CatalogueAdminPage() {
  const user = await requireUser();
  const versions = await orNotFound(() => listCatalogueVersions(authorizeCatalogue(user, "catalogue.read")));
  // Importing is for admins of the whole installation; an agency's admin chooses among versions.
  const mayImport = heldPermissions(user).has("catalogue.import");
  return (
    <div className="space-y-8">
      <PageHeading title="Katalog LKE"
        description="Versi katalog pertanyaan, bobot dan ambang predikat. Versi yang sudah dipakai periode tidak pernah diubah." />
      <section aria-labelledby="versi" className="space-y-3">
        <h2 id="versi" className="text-lg font-semibold">Versi katalog</h2>
        <CatalogueVersionList versions={versions} />
      </section>
      {mayImport ? (
        <>
          <section aria-labelledby="impor" className="space-y-3">
            <h2 id="impor" className="text-lg font-semibold">Impor katalog</h2>
            <CatalogueImportForm />
          </section>
          <section aria-labelledby="impor-xlsx" className="space-y-3">
            <h2 id="impor-xlsx" className="text-lg font-semibold">Impor katalog dari Excel</h2>
            <CatalogueXlsxImportForm />
          </section>
        </>
      ) : null}
    </div>
  );
}
