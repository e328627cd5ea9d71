import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/page-guard";
import { pickUserAgency } from "@/lib/accounts/pick-agency";
import { IMPORT_COLUMNS } from "@/lib/accounts/import/import-columns";
import { PageHeading } from "@/components/admin/page-heading";
import { secondaryButtonClass } from "@/components/admin/form-message";
import { UserImportUpload } from "@/components/users/user-import-upload";

export const metadata: Metadata = { title: "Impor pengguna" };

export default async function UserImportPage({ searchParams }: { searchParams: Promise<{ instansi?: string }> }) {
  const { instansi } = await searchParams;
  const user = await requireUser();
  const { agency } = await orNotFound(() => pickUserAgency(user, instansi));
  return (
    <div className="space-y-6">
      <PageHeading title="Impor pengguna" back={{ href: `/admin/pengguna?instansi=${agency.id}`, label: "Pengguna" }}
        description={`${agency.name}. Unggah daftar pengguna; aplikasi menampilkan pratinjau dan masalah per baris sebelum akun dibuat.`} />
      <section className="space-y-2 text-sm text-slate-700">
        <p>Kolom: {IMPORT_COLUMNS.map((c) => c.header).join(", ")}. Satu baris per pengguna, satu peran per baris. Setiap pengguna baru menerima email undangan untuk membuat kata sandi.</p>
        <a href={`/api/pengguna/templat.xlsx?instansi=${agency.id}`} className={secondaryButtonClass} download>Unduh templat (.xlsx)</a>
      </section>
      <UserImportUpload agencyId={agency.id} />
    </div>
  );
}
