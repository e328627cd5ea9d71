import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { authorizeWorkbookImport } from "@/lib/access/workbook-import-access";
import { getAssessmentHeader } from "@/lib/assessments/queries";
import { orNotFound } from "@/lib/page-guard";
import { getPlanImport } from "@/lib/plans/import/queries";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { FormMessage } from "@/components/admin/form-message";
import { PlanImportActions } from "@/components/plans/plan-import-actions";
import { PlanImportTable } from "@/components/plans/plan-import-table";

export const metadata: Metadata = { title: "Pratinjau impor rencana aksi" };

export default async function PlanImportPreviewPage({ params }: { params: Promise<{ assessmentId: string; importId: string }> }) {
  const { assessmentId, importId } = await params;
  const user = await requireUser();
  const access = await orNotFound(authorizeWorkbookImport(user, importId, "PLAN"));
  // The preview's own LKE only: another LKE's address answers like a preview that does not exist.
  if (access.assessment.id !== assessmentId) notFound();
  const [header, { fileName, expiresAt, preview }] = await Promise.all([getAssessmentHeader(access.assessment), getPlanImport(access)]);
  const { rows, problemRows, counts } = preview;
  const upload = `/lke/${assessmentId}/rencana-aksi/impor`;
  return (
    <div className="space-y-6">
      <AssessmentHeading header={header} crumb="Pratinjau impor rencana aksi" />
      <section aria-labelledby="ringkasan-impor" className="space-y-2">
        <h2 id="ringkasan-impor" className="text-lg font-semibold">Pratinjau: {fileName}</h2>
        <p className="text-sm text-slate-700" data-testid="plan-import-summary">
          Lembar &lsquo;{preview.sheetName}&rsquo;: {rows.length} baris, {counts.create} langkah baru, {counts.update} diperbarui, {counts.unchanged} tidak berubah, {problemRows} bermasalah.
          Langkah aksi yang tidak ada di berkas tetap seperti semula. Pratinjau berlaku sampai {formatDateTime(expiresAt)}.
        </p>
        {problemRows ? (
          <FormMessage tone="error">
            {problemRows} baris bermasalah; berkas ini belum dapat diterapkan dan tidak ada yang disimpan. Perbaiki baris yang ditandai lalu{" "}
            <Link href={upload} className="underline">unggah ulang</Link>.
          </FormMessage>
        ) : null}
      </section>
      <PlanImportTable rows={rows} />
      <PlanImportActions assessmentId={assessmentId} importId={importId} changeCount={counts.create + counts.update} blocked={problemRows > 0} />
    </div>
  );
}
