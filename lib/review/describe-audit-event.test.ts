import { describe, expect, it } from "vitest";
import { describeAuditEvent, type TItemLabels } from "@/lib/review/describe-audit-event";

const yaTidak: TItemLabels = { options: [{ key: "YA", label: "Ya", value: 1 }, { key: "TIDAK", label: "Tidak", value: 0 }], inputs: [] };
const abc: TItemLabels = {
  options: [
    { key: "A", label: "Jika dengan prosedur yang jelas dan mewakili seluruh unsur", value: 1 },
    { key: "B", label: "Jika sebagian", value: 0.5 },
  ],
  inputs: [],
};
const percent: TItemLabels = { options: [], inputs: [{ key: "total", label: "Jumlah pegawai" }, { key: "done", label: "Sudah LHKPN" }] };

describe("describeAuditEvent", () => {
  it("names answers by their option labels, never by raw codes", () => {
    expect(describeAuditEvent("answer.save", null, { optionKey: "YA", narrative: "" }, yaTidak)).toBe("Jawaban unit: belum dijawab → Ya");
    expect(describeAuditEvent("answer.evaluator.save", { optionKey: "A", narrative: "x" }, { optionKey: "B", narrative: "y" }, abc))
      .toBe("Jawaban TPI: A: Jika dengan prosedur yang jelas dan mewakili seluruh unsur → B: Jika sebagian; uraian bukti dukung diubah");
    expect(describeAuditEvent("answer.save", { surveyIndex: 3.5 }, { surveyIndex: 3.6 })).toBe("Jawaban unit: indeks 3,5 → indeks 3,6");
    expect(describeAuditEvent("answer.save", null, { inputs: { total: 20, done: 18 } }, percent)).toBe("Jawaban unit: belum dijawab → Jumlah pegawai 20, Sudah LHKPN 18");
  });
  it("shortens long criteria", () => {
    const long: TItemLabels = { options: [{ key: "C", label: "x".repeat(200), value: 0 }], inputs: [] };
    expect(describeAuditEvent("answer.save", null, { optionKey: "C" }, long)).toBe(`Jawaban unit: belum dijawab → C: ${"x".repeat(79)}…`);
  });
  it("describes verdicts and notes", () => {
    expect(describeAuditEvent("review.verdict", null, { verdict: "REVISION_REQUESTED", note: "Lampirkan SK" }))
      .toBe('Putusan TPI: perlu perbaikan — "Lampirkan SK"');
    expect(describeAuditEvent("review.copy-self", null, { optionKey: "B", selfVersion: 2, version: 1 })).toBe("Jawaban unit (B) disalin sebagai jawaban TPI");
    expect(describeAuditEvent("note.add", null, { side: "SELF", body: "Sudah dilampirkan" })).toBe('Balasan unit: "Sudah dilampirkan"');
  });
  it("describes evidence in Indonesian", () => {
    expect(describeAuditEvent("evidence.upload", null, { fileName: "sk.pdf", title: "sk.pdf" })).toBe("Bukti dukung diunggah: sk.pdf");
    expect(describeAuditEvent("evidence.replace", { title: "sk.pdf" }, { version: 2, fileName: "sk-baru.pdf" })).toBe("Bukti dukung diganti dengan versi 2: sk-baru.pdf");
    expect(describeAuditEvent("evidence.link", null, { title: "Laman ZI" })).toBe("Tautan bukti dukung ditambahkan: Laman ZI");
    expect(describeAuditEvent("evidence.rename", { title: "a" }, { title: "b" })).toBe('Nama bukti dukung diubah: "a" → "b"');
    expect(describeAuditEvent("evidence.delete", { title: "a" }, {})).toBe("Bukti dukung dihapus: a");
    expect(describeAuditEvent("evidence.checklist", { label: "SK", checked: false }, { label: "SK", checked: true })).toBe('Dokumen "SK" ditandai tersedia');
    expect(describeAuditEvent("something.new", null, null)).toBe("Perubahan lain tercatat");
  });
});

describe("carried answers in the item history", () => {
  it("names the year and the answer, the confirmation and the carried evidence", () => {
    expect(describeAuditEvent("answer.carry", null, { optionKey: "B", fromYear: 2025 })).toBe("Jawaban unit disalin dari LKE 2025: B");
    expect(describeAuditEvent("answer.carry.confirm", { carried: true }, { carried: false })).toBe("Jawaban dari tahun lalu dikonfirmasi unit");
    expect(describeAuditEvent("evidence.carry", null, { title: "SK Tim Kerja.pdf" })).toBe("Bukti dukung disalin dari LKE tahun lalu: SK Tim Kerja.pdf");
  });
});
