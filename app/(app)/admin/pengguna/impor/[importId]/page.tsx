import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { orNotFound } from "@/lib/page-guard";
import { authorizeUserImport } from "@/lib/access/user-import-access";
import { getUserImport } from "@/lib/accounts/import/queries";
import { PageHeading } from "@/components/admin/page-heading";
import { FormMessage } from "@/components/admin/form-message";
import { UserImportTable } from "@/components/users/user-import-table";
import { UserImportActions } from "@/components/users/user-import-actions";

export const metadata: Metadata = { title: "Pratinjau impor pengguna" };

export default async function UserImportPreviewPage({ params }: { params: Promise<{ importId: string }> }) {
  const { importId } = await params;
  const user = await requireUser();
  const { fileName, expiresAt, preview, agency } = await orNotFound(async () => getUserImport(await authorizeUserImport(user, importId)));
  const { rows, problemRows } = preview;
  return (
    <div className="space-y-6">
      <PageHeading title={`Pratinjau: ${fileName}`} back={{ href: `/admin/pengguna/impor?instansi=${agency.id}`, label: "Impor pengguna" }}
        description={agency.name} />
      <p className="text-sm text-slate-700" data-testid="user-import-summary">
        Lembar &lsquo;{preview.sheetName}&rsquo;: {rows.length} baris, {rows.length - problemRows} siap dibuat, {problemRows} bermasalah.
        Pratinjau berlaku sampai {formatDateTime(expiresAt)}.
      </p>
      {problemRows ? (
        <FormMessage tone="error">
          {problemRows} baris bermasalah; berkas ini belum dapat diterapkan dan tidak ada akun yang dibuat. Perbaiki baris yang ditandai lalu{" "}
          <Link href={`/admin/pengguna/impor?instansi=${agency.id}`} className="underline">unggah ulang</Link>.
        </FormMessage>
      ) : null}
      <UserImportTable rows={rows} />
      <UserImportActions importId={importId} agencyId={agency.id} count={rows.length} blocked={problemRows > 0} />
    </div>
  );
}
