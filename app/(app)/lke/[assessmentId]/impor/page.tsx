import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getAssessmentHeader } from "@/lib/assessments/queries";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { orNotFound } from "@/lib/page-guard";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { FormMessage } from "@/components/admin/form-message";
import { WorkbookUploadForm } from "@/components/workbook/workbook-upload-form";

export const metadata: Metadata = { title: "Impor LKE dari Excel" };

export default async function WorkbookImportPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requireUser();
  const header = await orNotFound(async () => getAssessmentHeader(await authorizeAssessment(user, assessmentId, "assessment.read")));
  return (
    <div className="max-w-3xl space-y-6">
      <AssessmentHeading header={header} crumb="Impor dari Excel" />
      <section className="space-y-2 text-sm text-slate-700">
        <p>
          Unggah buku kerja LKE yang sudah diisi: berkas hasil <a href={`/api/lke/${assessmentId}/xlsx`} className="underline">Unduh LKE (Excel)</a>,
          atau lembar sendiri dengan kolom <strong>Kode</strong>, <strong>Jawaban</strong> dan (bila ada) <strong>Narasi</strong>.
          Butir persentase diisi pada baris jumlahnya (kode butir diikuti .1, .2, ...).
        </p>
        <p>Sebelum ada yang disimpan, Anda melihat pratinjau perubahan per butir dan setiap baris yang bermasalah.</p>
      </section>
      {header.canEditSelf ? (
        <WorkbookUploadForm assessmentId={assessmentId} />
      ) : (
        <FormMessage tone="info">Jawaban LKE ini tidak dapat diubah saat ini, sehingga tidak dapat diimpor.</FormMessage>
      )}
    </div>
  );
}
