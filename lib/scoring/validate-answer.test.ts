import { describe, expect, it } from "vitest";
import { makeItem } from "@/lib/scoring/test-support";
import type { TItem } from "@/lib/scoring/types";
import { validateAnswer } from "@/lib/scoring/validate-answer";

const CLEARED = { ok: true, answer: { optionKey: null, inputs: null, surveyIndex: null } };

const abc = makeItem("A.I.1.1.b", "ABC");
const survey = makeItem("B.I.a", "SURVEY_INDEX_0_4", { weight: 17.5 });
const percent: TItem = makeItem("A.II.5.2.a", "PERCENT", {
  inputs: [
    { key: "harus", label: "Jumlah pengaduan yang harus ditindaklanjuti" },
    { key: "selesai", label: "Jumlah pengaduan yang selesai" },
  ],
  formula: { kind: "ratio", numerator: ["selesai"], denominator: ["harus"], whenDenominatorZero: 1 },
});

const message = (item: TItem, raw: unknown) => {
  const result = validateAnswer(item, raw);
  return result.ok ? "ok" : result.message;
};

describe("validateAnswer: clearing", () => {
  it.each([null, undefined, "", {}])("treats %j as a request to clear", (raw) => {
    expect(validateAnswer(abc, raw)).toEqual(CLEARED);
    expect(validateAnswer(survey, raw)).toEqual(CLEARED);
    expect(validateAnswer(percent, raw)).toEqual(CLEARED);
  });

  it("clears on empty fields of the item's type", () => {
    expect(validateAnswer(abc, { optionKey: null })).toEqual(CLEARED);
    expect(validateAnswer(abc, { optionKey: "" })).toEqual(CLEARED);
    expect(validateAnswer(survey, { surveyIndex: null })).toEqual(CLEARED);
    expect(validateAnswer(percent, { inputs: null })).toEqual(CLEARED);
    expect(validateAnswer(percent, { inputs: { harus: "", selesai: null } })).toEqual(CLEARED);
  });

  it("rejects a raw value that is not an answer object", () => {
    expect(message(abc, "A")).toBe("Format jawaban tidak dikenali");
    expect(message(abc, [1])).toBe("Format jawaban tidak dikenali");
  });
});

describe("validateAnswer: options", () => {
  it("accepts every option of the item and keeps only the option key", () => {
    for (const key of ["A", "B", "C"]) {
      expect(validateAnswer(abc, { optionKey: key, surveyIndex: null })).toEqual({
        ok: true,
        answer: { optionKey: key, inputs: null, surveyIndex: null },
      });
    }
  });

  it("refuses a value meant for another answer type instead of clearing the answer", () => {
    expect(message(abc, { optionKey: "A", surveyIndex: 3 })).toBe("Jenis jawaban tidak sesuai dengan butir ini");
    expect(message(abc, { inputs: { x: 1 } })).toBe("Jenis jawaban tidak sesuai dengan butir ini");
  });

  it("rejects a key that is not an option of the item", () => {
    expect(message(abc, { optionKey: "F" })).toBe("Opsi 'F' tidak ada pada butir ini");
    expect(message(abc, { optionKey: "a" })).toBe("Opsi 'a' tidak ada pada butir ini");
    expect(message(makeItem("x", "YA_TIDAK"), { optionKey: "A" })).toBe("Opsi 'A' tidak ada pada butir ini");
    expect(message(abc, { optionKey: 1 })).toBe("Pilihan jawaban harus berupa kode opsi");
  });
});

describe("validateAnswer: PERCENT inputs", () => {
  it("accepts whole numbers from 0 to 10,000,000", () => {
    expect(validateAnswer(percent, { inputs: { harus: 0, selesai: 10_000_000 } })).toEqual({
      ok: true,
      answer: { optionKey: null, inputs: { harus: 0, selesai: 10_000_000 }, surveyIndex: null },
    });
  });

  it.each([
    [-1, "Jumlah harus bilangan bulat 0 atau lebih (Jumlah pengaduan yang selesai)"],
    [1.5, "Jumlah harus bilangan bulat 0 atau lebih (Jumlah pengaduan yang selesai)"],
    [Number.POSITIVE_INFINITY, "Jumlah harus bilangan bulat 0 atau lebih (Jumlah pengaduan yang selesai)"],
    [Number.NaN, "Jumlah harus berupa angka (Jumlah pengaduan yang selesai)"],
    ["5", "Jumlah harus berupa angka (Jumlah pengaduan yang selesai)"],
    [true, "Jumlah harus berupa angka (Jumlah pengaduan yang selesai)"],
    [10_000_001, "Jumlah paling banyak 10.000.000 (Jumlah pengaduan yang selesai)"],
  ])("rejects %s", (selesai, expected) => {
    expect(message(percent, { inputs: { harus: 3, selesai } })).toBe(expected);
  });

  it("names the refused input so the form can mark it", () => {
    expect(validateAnswer(percent, { inputs: { harus: 3, selesai: -1 } })).toMatchObject({ ok: false, inputKeys: ["selesai"] });
  });

  it("requires every declared input and rejects unknown ones", () => {
    expect(message(percent, { inputs: { harus: 3 } })).toBe("Jumlah wajib diisi (Jumlah pengaduan yang selesai)");
    expect(message(percent, { inputs: { harus: 3, selesai: 1, proses: 2 } })).toBe(
      "Masukan 'proses' tidak dikenal pada butir ini",
    );
    expect(message(percent, { inputs: [3, 1] })).toBe("Format jumlah tidak dikenali");
  });
});

describe("validateAnswer: constraints between PERCENT inputs", () => {
  const complaints: TItem = {
    ...makeItem("A.II.5.2.a", "PERCENT", {
      inputs: [
        { key: "harus", label: "Jumlah pengaduan yang harus ditindaklanjuti" },
        { key: "proses", label: "Jumlah pengaduan yang sedang diproses" },
        { key: "selesai", label: "Jumlah pengaduan yang selesai" },
      ],
      formula: { kind: "ratio", numerator: ["selesai"], denominator: ["harus"], whenDenominatorZero: 1 },
    }),
    constraints: [{ kind: "partsWithinTotal", parts: ["proses", "selesai"], total: ["harus"] }],
  };

  it("accepts parts that add up to the total or less", () => {
    expect(validateAnswer(complaints, { inputs: { harus: 23, proses: 4, selesai: 19 } }).ok).toBe(true);
    expect(validateAnswer(complaints, { inputs: { harus: 23, proses: 0, selesai: 23 } }).ok).toBe(true);
    expect(validateAnswer(complaints, { inputs: { harus: 0, proses: 0, selesai: 0 } }).ok).toBe(true);
  });

  it("refuses parts above the total, naming the inputs and the figures", () => {
    expect(validateAnswer(complaints, { inputs: { harus: 23, proses: 23, selesai: 19 } })).toEqual({
      ok: false,
      message:
        "Jumlah pengaduan yang sedang diproses ditambah jumlah pengaduan yang selesai tidak boleh melebihi jumlah pengaduan yang harus ditindaklanjuti (42 lebih dari 23)",
      inputKeys: ["proses", "selesai"],
    });
    expect(message(complaints, { inputs: { harus: 40, proses: 0, selesai: 50 } })).toContain("(50 lebih dari 40)");
  });

  it("uses the catalogue's wording when it has one, and sums several totals", () => {
    const wealth: TItem = {
      ...makeItem("A.II.5.3.2.a", "PERCENT", {
        inputs: [{ key: "es3", label: "Eselon III" }, { key: "es4", label: "Eselon IV" }, { key: "lapor", label: "Sudah lapor" }],
        formula: { kind: "ratio", numerator: ["lapor"], denominator: ["es3", "es4"], whenDenominatorZero: 1 },
      }),
      constraints: [{ kind: "partsWithinTotal", parts: ["lapor"], total: ["es3", "es4"], message: "Yang sudah lapor melebihi yang wajib" }],
    };
    expect(validateAnswer(wealth, { inputs: { es3: 2, es4: 3, lapor: 5 } }).ok).toBe(true);
    expect(message(wealth, { inputs: { es3: 2, es4: 3, lapor: 1_200 } })).toBe("Yang sudah lapor melebihi yang wajib (1.200 lebih dari 5)");
  });
});

describe("validateAnswer: survey index", () => {
  it.each([0, 2.71, 3.11, 3.6, 4])("accepts %d", (surveyIndex) => {
    expect(validateAnswer(survey, { surveyIndex })).toEqual({
      ok: true,
      answer: { optionKey: null, inputs: null, surveyIndex },
    });
  });

  it("stores the index rounded to its two decimals", () => {
    const result = validateAnswer(survey, { surveyIndex: 0.1 + 0.2 + 3 });
    expect(result).toEqual({ ok: true, answer: { optionKey: null, inputs: null, surveyIndex: 3.3 } });
    expect(Object.is((validateAnswer(survey, { surveyIndex: -0 }) as { answer: { surveyIndex: number } }).answer.surveyIndex, 0)).toBe(true);
  });

  it.each([
    [4.01, "Nilai indeks survei harus antara 0,00 dan 4,00"],
    [-0.01, "Nilai indeks survei harus antara 0,00 dan 4,00"],
    [Number.POSITIVE_INFINITY, "Nilai indeks survei harus antara 0,00 dan 4,00"],
    [3.125, "Nilai indeks survei paling banyak dua angka desimal"],
    [Number.NaN, "Nilai indeks survei harus berupa angka"],
    ["3.6", "Nilai indeks survei harus berupa angka"],
  ])("rejects %s", (surveyIndex, expected) => {
    expect(message(survey, { surveyIndex })).toBe(expected);
  });
});
