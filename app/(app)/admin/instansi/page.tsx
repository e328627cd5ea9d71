import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listAgencySettings } from "@/lib/agency-settings/queries";
import { authorizeScope } from "@/lib/access/scope-access";
import { orNotFound } from "@/lib/page-guard";
import { PageHeading } from "@/components/admin/page-heading";
import { AgencySettingsForm } from "@/components/admin/agency-settings-form";
import { AgencyLogoForm } from "@/components/admin/agency-logo-form";

export const metadata: Metadata = { title: "Pengaturan instansi" };

export default async function AgencySettingsPage() {
  const user = await requireUser();
  const agencies = await orNotFound(() => listAgencySettings(authorizeScope(user, "agency.manage")));
  return (
    <div className="space-y-6">
      <PageHeading title="Pengaturan dokumen instansi"
        description="Kop surat, logo, tempat penandatanganan, pola nomor dan pejabat yang mengetahui pada LHE dan Berita Acara." />
      {agencies.length === 0 ? <p className="text-slate-600">Tidak ada instansi yang Anda kelola.</p> : null}
      {agencies.map((agency) => (
        <section key={agency.id} aria-labelledby={`instansi-${agency.id}`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id={`instansi-${agency.id}`} className="text-lg font-semibold">{agency.name}</h2>
          <AgencyLogoForm agencyId={agency.id} hasLogo={agency.settings.logoKey !== null} version={agency.settings.logoKey ?? ""} />
          <AgencySettingsForm settings={agency.settings} />
        </section>
      ))}
    </div>
  );
}
