import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getAssessmentHeader } from "@/lib/assessments/queries";
import { formatDateTime } from "@/lib/format";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { authorizeWorkbookImport } from "@/lib/access/workbook-import-access";
import { notFound } from "next/navigation";
import { orNotFound } from "@/lib/page-guard";
import { getWorkbookPreview } from "@/lib/workbook/import/queries";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { FormMessage } from "@/components/admin/form-message";
import { ImportChangeTable, ImportProblemTable } from "@/components/workbook/import-preview-tables";
import { ImportPreviewActions } from "@/components/workbook/import-preview-actions";

export const metadata: Metadata = { title: "Pratinjau impor LKE" };

export default async function WorkbookPreviewPage({ params }: { params: Promise<{ assessmentId: string; importId: string }> }) {
  const { assessmentId, importId } = await params;
  const user = await requireUser();
  const header = await orNotFound(async () => getAssessmentHeader(await authorizeAssessment(user, assessmentId, "assessment.read")));
  const access = await orNotFound(authorizeWorkbookImport(user, importId));
  // The preview's own LKE only: another LKE's address answers like a preview that does not exist.
  if (access.assessment.id !== assessmentId) notFound();
  const { fileName, expiresAt, preview } = await getWorkbookPreview(access);
  const { changes, problems, unchangedCount, notes } = preview;
  return (
    <div className="space-y-6">
      <AssessmentHeading header={header} crumb="Pratinjau impor" />
      <section aria-labelledby="ringkasan-impor" className="space-y-2">
        <h2 id="ringkasan-impor" className="text-lg font-semibold">Pratinjau: {fileName}</h2>
        <p className="text-sm text-slate-700" data-testid="import-summary">
          Lembar &lsquo;{preview.sheetName}&rsquo;: {changes.length} butir akan berubah, {unchangedCount} butir tetap, {problems.length} masalah.
          Pratinjau berlaku sampai {formatDateTime(expiresAt)}.
        </p>
        {notes.map((note) => <FormMessage key={note} tone="info">{note}</FormMessage>)}
      </section>
      {problems.length ? (
        <section aria-labelledby="masalah-impor" className="space-y-3">
          <h2 id="masalah-impor" className="text-lg font-semibold text-red-800">{problems.length} baris bermasalah</h2>
          <FormMessage tone="error">Berkas ini belum dapat diterapkan; tidak ada yang disimpan. Perbaiki baris di bawah ini lalu <Link href={`/lke/${assessmentId}/impor`} className="underline">unggah ulang</Link>.</FormMessage>
          <ImportProblemTable problems={problems} />
        </section>
      ) : null}
      <section aria-labelledby="perubahan-impor" className="space-y-3">
        <h2 id="perubahan-impor" className="text-lg font-semibold">Perubahan</h2>
        {changes.length ? <ImportChangeTable changes={changes} /> : <p className="text-sm text-slate-600">Tidak ada jawaban atau narasi yang berubah.</p>}
      </section>
      <ImportPreviewActions assessmentId={assessmentId} importId={importId} changeCount={changes.length} blocked={problems.length > 0} />
    </div>
  );
}
