import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/page-guard";
import { pickAuditAgency } from "@/lib/audit-viewer/pick-agency";
import { AUDIT_PAGE_SIZE, getAuditFilterOptions, listAuditEvents } from "@/lib/audit-viewer/queries";
import { parseAuditFilters } from "@/lib/audit-viewer/schemas";
import { formatInteger } from "@/lib/format";
import { PageHeading } from "@/components/admin/page-heading";
import { secondaryButtonClass } from "@/components/admin/form-message";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditTable } from "@/components/audit/audit-table";

export const metadata: Metadata = { title: "Jejak audit" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = parseAuditFilters(await searchParams);
  const user = await requireUser();
  const { agencies, agency } = await orNotFound(() => pickAuditAgency(user, filters.instansi));
  const [{ events, total, page }, options] = await Promise.all([listAuditEvents(agency, filters), getAuditFilterOptions(agency)]);
  const query = (extra: Record<string, string>) =>
    new URLSearchParams({ ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])), instansi: agency.id, ...extra }).toString();
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <div className="space-y-6">
      <PageHeading title="Jejak audit" description={`Setiap perubahan jawaban, nilai, status, berkas dan akun di ${agency.name}: siapa, kapan, sebelum dan sesudah.`}>
        <a href={`/api/audit.csv?${query({})}`} className={secondaryButtonClass} download>Unduh CSV</a>
      </PageHeading>
      <AuditFilterForm agencyId={agency.id} agencies={agencies} filters={filters} options={options} />
      <p className="text-sm text-slate-600">{formatInteger(total)} kejadian · halaman {page} dari {pages}</p>
      <AuditTable rows={events} />
      <nav aria-label="Halaman" className="flex gap-3">
        {page > 1 ? <Link href={`/admin/audit?${query({ hal: String(page - 1) })}`} className={secondaryButtonClass}>Sebelumnya</Link> : null}
        {page < pages ? <Link href={`/admin/audit?${query({ hal: String(page + 1) })}`} className={secondaryButtonClass}>Berikutnya</Link> : null}
      </nav>
    </div>
  );
}
