import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { getAssessmentHeader } from "@/lib/assessments/queries";
import { orNotFound } from "@/lib/page-guard";
import { planEditable } from "@/lib/plans/policy";
import { AssessmentHeading } from "@/components/lke/assessment-heading";
import { FormMessage } from "@/components/admin/form-message";
import { PlanImportUpload } from "@/components/plans/plan-import-upload";

export const metadata: Metadata = { title: "Impor rencana aksi dari Excel" };

export default async function PlanImportPage({ params }: { params: Promise<{ assessmentId: string }> }) {
  const { assessmentId } = await params;
  const user = await requireUser();
  const access = await orNotFound(authorizeAssessment(user, assessmentId, "assessment.read"));
  const header = await getAssessmentHeader(access);
  const mayImport = can(access, "plan.write") && planEditable(access);
  return (
    <div className="max-w-3xl space-y-6">
      <AssessmentHeading header={header} crumb="Impor rencana aksi" />
      <section className="space-y-2 text-sm text-slate-700">
        <p>
          Unggah rencana aksi dalam susunan rencana aksi ZI: berkas hasil <a href={`/api/lke/${assessmentId}/rencana-aksi.xlsx`} className="underline">Unduh rencana aksi (Excel)</a>,
          atau lembar sendiri dengan kolom <strong>KOMPONEN</strong>, <strong>INDIKATOR</strong>, <strong>LANGKAH AKSI</strong>, <strong>BUKTI FISIK</strong>,
          (bila ada) <strong>PENANGGUNG JAWAB</strong> dan <strong>TARGET</strong>, serta kolom bulan <strong>JAN</strong> sampai <strong>DES</strong>.
        </p>
        <ul className="list-disc space-y-1 pl-5">
          <li>Indikator ditulis dengan kodenya di awal sel (misalnya &ldquo;A.I.1.1 Penyusunan Tim Kerja&rdquo;); berlaku untuk baris di bawahnya sampai indikator berikutnya.</li>
          <li>Beri tanda V pada bulan rencana pelaksanaan. Realisasi tidak diimpor; catat realisasi di halaman rencana aksi.</li>
          <li>Penanggung jawab: nama atau email pengguna unit. Bila kosong, Anda menjadi penanggung jawab langkah baru; target kosong menjadi akhir bulan rencana terakhir.</li>
          <li>Langkah dengan indikator dan uraian yang sama dengan langkah yang sudah ada diperbarui; langkah lain ditambahkan. Langkah yang tidak ada di berkas tidak dihapus.</li>
        </ul>
        <p>Sebelum ada yang disimpan, Anda melihat pratinjau per baris beserta setiap baris yang bermasalah.</p>
      </section>
      {mayImport ? (
        <PlanImportUpload assessmentId={assessmentId} />
      ) : (
        <FormMessage tone="info">Rencana aksi ini tidak dapat diubah saat ini (LKE sudah dikirim, periode ditutup, atau Anda bukan pegawai unit), sehingga tidak dapat diimpor.</FormMessage>
      )}
    </div>
  );
}
