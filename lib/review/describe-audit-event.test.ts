import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "@/lib/review/describe-audit-event";

describe("describeAuditEvent", () => {
  it("describes answer changes by side", () => {
    expect(describeAuditEvent("answer.save", null, { optionKey: "A", narrative: "" })).toBe("Jawaban unit: kosong → A");
    expect(describeAuditEvent("answer.evaluator.save", { optionKey: "A", narrative: "x" }, { optionKey: "B", narrative: "y" }))
      .toBe("Jawaban TPI: A → B; uraian bukti dukung diubah");
    expect(describeAuditEvent("answer.save", { surveyIndex: 3.5 }, { surveyIndex: 3.6 })).toBe("Jawaban unit: indeks 3,5 → indeks 3,6");
  });
  it("describes verdicts and notes", () => {
    expect(describeAuditEvent("review.verdict", null, { verdict: "REVISION_REQUESTED", note: "Lampirkan SK" }))
      .toBe('Putusan TPI: perlu perbaikan — "Lampirkan SK"');
    expect(describeAuditEvent("review.copy-self", null, { optionKey: "B", selfVersion: 2, version: 1 })).toBe("Jawaban unit (B) disalin sebagai jawaban TPI");
    expect(describeAuditEvent("note.add", null, { side: "SELF", body: "Sudah dilampirkan" })).toBe('Balasan unit: "Sudah dilampirkan"');
  });
});

describe("carried answers in the item history", () => {
  it("names the year and the answer, the confirmation and the carried evidence", () => {
    expect(describeAuditEvent("answer.carry", null, { optionKey: "B", fromYear: 2025 })).toBe("Jawaban unit disalin dari LKE 2025: B");
    expect(describeAuditEvent("answer.carry.confirm", { carried: true }, { carried: false })).toBe("Jawaban dari tahun lalu dikonfirmasi unit");
    expect(describeAuditEvent("evidence.carry", null, { title: "SK Tim Kerja.pdf" })).toBe("Bukti dukung disalin dari LKE tahun lalu: SK Tim Kerja.pdf");
  });
});
