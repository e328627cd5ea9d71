import { describe, expect, it } from "vitest";
import { validateAnswer } from "@/lib/scoring/validate-answer";
import { answerValue } from "@/lib/scoring/answer-value";
import type { TItem } from "@/lib/scoring/types";

const item = (answerType: TItem["answerType"], options: string[] = []): TItem => ({
  code: "1.a.Ak.F01.b", text: "?", answerType, weight: null, options: options.map((key) => ({ key, label: key, value: 0 })),
  inputs: [], formula: null, guidance: "", expectedEvidence: [], form: "F-01",
});

describe("F-01 answers (PEKPPP)", () => {
  it("keeps the chosen options of a MULTI_CHOICE item and refuses unknown ones", () => {
    const multi = item("MULTI_CHOICE", ["1", "2", "3"]);
    expect(validateAnswer(multi, { inputs: { 1: 1, 3: true, 2: 0 } })).toEqual({ ok: true, answer: { optionKey: null, inputs: { 1: 1, 3: 1 }, surveyIndex: null } });
    expect(validateAnswer(multi, { inputs: { 9: 1 } })).toEqual({ ok: false, message: "Opsi '9' tidak ada pada butir ini" });
    expect(validateAnswer(multi, { inputs: { 1: 2 } })).toEqual({ ok: false, message: "Setiap pilihan hanya dapat dicentang atau tidak" });
    expect(validateAnswer(multi, { optionKey: "1" })).toEqual({ ok: false, message: "Jenis jawaban tidak sesuai dengan butir ini" });
  });

  it("takes a whole number for a COUNT item", () => {
    const count = item("COUNT");
    expect(validateAnswer(count, { inputs: { jumlah: 12 } })).toEqual({ ok: true, answer: { optionKey: null, inputs: { jumlah: 12 }, surveyIndex: null } });
    for (const jumlah of [-1, 2.5, "3"]) expect(validateAnswer(count, { inputs: { jumlah } })).toEqual({ ok: false, message: "Jumlah harus bilangan bulat 0 atau lebih" });
  });

  it("leaves a TEXT item's fields empty (its text is the narrative) and never scores F-01", () => {
    expect(validateAnswer(item("TEXT"), {})).toEqual({ ok: true, answer: { optionKey: null, inputs: null, surveyIndex: null } });
    expect(validateAnswer(item("TEXT"), { optionKey: "x" })).toEqual({ ok: false, message: "Jenis jawaban tidak sesuai dengan butir ini" });
    expect(answerValue(item("MULTI_CHOICE", ["1"]), { inputs: { 1: 1 } })).toBeNull();
    expect(answerValue(item("COUNT"), { inputs: { jumlah: 3 } })).toBeNull();
  });

  it("refuses an F-02 level given as an answer: evaluators score it on their own sheet", () => {
    const scale = { ...item("SCALE_0_5", ["0", "1", "2", "3", "4", "5"]), form: "F-02" as const };
    expect(validateAnswer(scale, { optionKey: "4" })).toEqual({ ok: false, message: "Nilai F-02 diberikan oleh tim evaluator pada lembar penilaian F-02, bukan sebagai jawaban butir." });
  });
});
