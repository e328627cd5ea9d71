import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { formatDate, formatScore } from "@/lib/format";
import type { TEvaluationDocument } from "@/lib/documents/document-data";
import { documentTitle, fieldList, letterhead, pageSetup, placeAndDate, ruledTable, signatureGrid, type TSigner } from "@/lib/documents/pdf/layout";
import { scoreTable } from "@/lib/documents/pdf/score-table";

const heading = (text: string): Content => ({ text, bold: true, margin: [0, 10, 0, 4] });
const PRECONDITION = { true: "Terpenuhi", false: "Tidak terpenuhi", null: "Belum diputuskan" } as const;

/** Laporan Hasil Evaluasi: identity, scores, predicate result, recommendations, signatures. */
export function lheDefinition(doc: TEvaluationDocument): TDocumentDefinitions {
  const { lhe } = doc;
  const unit = lhe.unitName;
  const identity = fieldList([
    ["Unit kerja", unit], ["Instansi", doc.agencyName], ["Periode evaluasi", lhe.periodName], ["Instrumen", lhe.catalogueLabel],
    ["Putaran perbaikan", String(lhe.revisionRound)], ["Status laporan", doc.final ? `Final, ${formatDate(doc.issuedAt)}` : "Draf (belum final)"],
  ]);

  const predicates: Content[] = lhe.predicates.flatMap((p) => [
    { text: `${p.label}: ${p.met ? "MEMENUHI SYARAT" : p.scoreRequirementsMet ? "SYARAT NILAI TERPENUHI, PRASYARAT BELUM LENGKAP" : "BELUM MEMENUHI SYARAT"}`, bold: true, margin: [0, 6, 0, 3] },
    ruledTable(["*", 55, 55, 80], ["Syarat", "Nilai TPI", "Minimal", "Hasil"], p.requirements.map((r) => [
      r.label, { text: formatScore(r.actual), alignment: "right" }, { text: formatScore(r.required), alignment: "right" }, r.met ? "Memenuhi" : "Belum memenuhi",
    ])),
  ]);
  const preconditions = ruledTable(["*", 90, "*"], ["Prasyarat", "Keputusan TPI", "Catatan"], lhe.preconditions.map((p) => [
    p.label, PRECONDITION[String(p.met) as keyof typeof PRECONDITION], p.note || "-",
  ]));
  const recommendations = ruledTable([40, 120, "*"], ["Kode", "Area", "Rekomendasi"], lhe.areas.map((a) => [
    a.code, { text: `${a.title}\n(${a.partTitle})` }, a.recommendation || "-",
  ]));

  const lead = lhe.evaluators.filter((e) => e.role === "LEAD");
  const members = lhe.evaluators.filter((e) => e.role === "MEMBER");
  const signers: TSigner[] = [
    ...lead.map((e) => ({ role: "Ketua Tim Penilai Internal,", name: e.name, nip: e.nip ?? null })),
    ...members.map((e) => ({ role: "Anggota Tim Penilai Internal,", name: e.name, nip: e.nip ?? null })),
  ];
  const approver: Content = doc.issued.approver
    ? { stack: [{ text: "Mengetahui,", margin: [0, 10, 0, 0] }, signatureGrid([{ ...doc.issued.approver, role: `${doc.issued.approver.role},` }])] }
    : { text: "" };

  return {
    ...pageSetup({ final: doc.final, title: `LHE Zona Integritas ${unit} ${doc.year}` }),
    content: [
      letterhead(doc.letterhead),
      documentTitle(["LAPORAN HASIL EVALUASI", "PEMBANGUNAN ZONA INTEGRITAS MENUJU WBK/WBBM", `PADA ${unit.toUpperCase()} TAHUN ${doc.year}`], doc.lheNumber ?? (doc.final ? "-" : null)),
      identity,
      heading("I. NILAI HASIL EVALUASI"),
      { text: `Nilai total hasil evaluasi Tim Penilai Internal: ${formatScore(lhe.totals.evaluator)} (nilai penilaian mandiri unit: ${formatScore(lhe.totals.self)}).`, margin: [0, 0, 0, 6] },
      scoreTable(lhe),
      heading("II. HASIL PEMENUHAN SYARAT PREDIKAT (NILAI TPI)"),
      ...predicates,
      { text: "Prasyarat yang diputuskan Tim Penilai Internal:", margin: [0, 8, 0, 3] },
      preconditions,
      heading("III. REKOMENDASI PER AREA"),
      recommendations,
      { text: "Demikian laporan hasil evaluasi ini disusun untuk dipergunakan sebagaimana mestinya.", margin: [0, 12, 0, 0] },
      placeAndDate(doc.issued.place, formatDate(doc.issuedAt)),
      { text: "TIM PENILAI INTERNAL", bold: true, margin: [0, 4, 0, 0] },
      signatureGrid(signers),
      approver,
    ],
  };
}
