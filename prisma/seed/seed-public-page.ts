import { prisma } from "@/lib/db";
import { loadUser } from "@/lib/auth/load-user";
import { setEvidencePublished } from "@/lib/public-pages/evidence-publishing";
import { saveStatement, setStatementPublished } from "@/lib/public-pages/statement-mutations";
import { createServiceEntry, setServiceEntryPublished } from "@/lib/public-pages/service-entry-mutations";
import { assessmentIdFor } from "./demo-organisation";
import { demoPhotoPng } from "./demo-photo";

const STATEMENTS: Record<string, string> = {
  "A.I.1.1": "Kepala Kejaksaan Negeri Bantaeng membentuk Tim Kerja Pembangunan Zona Integritas melalui surat keputusan setiap tahun; anggota dipilih dari setiap seksi menurut kriteria yang diumumkan.",
  "A.I.1.2": "Rencana kerja pembangunan Zona Integritas disusun di awal tahun dengan target prioritas per area perubahan dan dipantau setiap bulan.",
  "A.I.6.1": "Standar pelayanan untuk layanan tilang, barang bukti dan informasi perkara telah ditetapkan, dimaklumatkan dan dipasang di ruang PTSP.",
};

/**
 * Kejari Bantaeng's public page (/zi/kejaksaan-negeri-bantaeng/2026) is not empty: statements on a
 * few indicators, last year's bukti dukung, the maklumat and an innovation with a photo, all
 * published through the same mutations as the app (audited). Idempotent: skipped once published.
 */
export async function seedDemoPublicPage() {
  const unit = await prisma.unit.findUniqueOrThrow({ where: { id: "unit-kejari-bantaeng" }, select: { publicSlug: true } });
  if (unit.publicSlug) return;
  const member = (await loadUser("user-anggota"))!;
  const assessmentId = assessmentIdFor("unit-kejari-bantaeng");
  const version = await prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { period: { select: { catalogueVersionId: true } } } });
  for (const [code, body] of Object.entries(STATEMENTS)) {
    const node = await prisma.catalogueNode.findFirstOrThrow({ where: { versionId: version.period.catalogueVersionId, code }, select: { id: true } });
    await saveStatement(member, { assessmentId, nodeId: node.id, body, expectedVersion: 0 });
    await setStatementPublished(member, { assessmentId, nodeId: node.id, published: true });
  }
  // Last year's bukti dukung (the SK Tim Kerja file and the rencana kerja link) shown under 2025.
  const previous = await prisma.evidence.findMany({ where: { assessment: { unitId: "unit-kejari-bantaeng", period: { year: 2025 } }, deletedAt: null }, select: { id: true } });
  for (const entry of previous) await setEvidencePublished(member, { evidenceId: entry.id, published: true });

  const entries = [
    { kind: "MAKLUMAT", title: "Maklumat Pelayanan Kejaksaan Negeri Bantaeng 2026", body: "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.", photo: null },
    { kind: "STANDARD", title: "Standar pelayanan pengambilan barang bukti tilang", body: "Persyaratan: surat tilang asli dan KTP. Waktu penyelesaian: 15 menit. Biaya: sesuai putusan, tanpa biaya tambahan.", photo: null },
    { kind: "INNOVATION", title: "SIBATIK: antrean tilang daring", body: "Masyarakat mengambil nomor antrean dan melihat besaran denda tilang dari ponsel, tanpa datang lebih awal.", photo: demoPhotoPng() },
  ];
  for (const entry of entries) {
    const { id } = await createServiceEntry(member, { fields: { assessmentId, kind: entry.kind, title: entry.title, body: entry.body }, photo: entry.photo });
    await setServiceEntryPublished(member, { entryId: id, published: true });
  }
}
