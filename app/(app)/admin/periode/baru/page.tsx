import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { authorizeCatalogue } from "@/lib/access/catalogue-access";
import { authorizeScope } from "@/lib/access/scope-access";
import { listCatalogueVersionOptions } from "@/lib/catalogue/admin-queries";
import { listManagedAgencies } from "@/lib/units/queries";
import { orNotFound } from "@/lib/page-guard";
import { PageHeading } from "@/components/admin/page-heading";
import { PeriodForm } from "@/components/admin/period-form";

export const metadata: Metadata = { title: "Buat periode penilaian" };

const yearInJakarta = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta", year: "numeric" });

export default async function NewPeriodPage() {
  const user = await requireUser();
  const [agencies, versions] = await orNotFound(() =>
    Promise.all([listManagedAgencies(authorizeScope(user, "period.manage")), listCatalogueVersionOptions(authorizeCatalogue(user, "catalogue.read"))]));
  const missing = agencies.length === 0
    ? "Tidak ada instansi yang seluruh unitnya berada dalam cakupan admin Anda."
    : versions.length === 0 ? "Belum ada katalog LKE." : null;
  return (
    <div className="space-y-6">
      <PageHeading title="Buat periode" back={{ href: "/admin/periode", label: "Periode penilaian" }}
        description="Satu LKE dibuat untuk setiap unit peserta, dengan katalog versi yang dipilih." />
      {missing ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          {missing}{" "}
          {versions.length === 0 ? <Link href="/admin/katalog" className="text-brand-700 underline">Impor katalog</Link> : null}
        </p>
      ) : (
        <PeriodForm agencies={agencies} versions={versions} defaultYear={Number(yearInJakarta.format(new Date()))} />
      )}
    </div>
  );
}
