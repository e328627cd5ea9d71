import { describe, expect, it } from "vitest";
import { columnOfHeader, endOfMonth, monthOfWord, parseDateText, parseMonthList, readMark, splitOutput, stripStepNumber } from "@/lib/plans/import/plan-columns";
import { resolveIndicator } from "@/lib/plans/import/resolve-indicator";

describe("the words of a rencana aksi sheet", () => {
  it("knows the seed 002 headers, our export's, and month names in Indonesian and English", () => {
    expect(["KOMPONEN", "INDIKATOR", "LANGKAH AKSI", "BUKTI FISIK/OUTPUT", "PENANGGUNG JAWAB", "TARGET", "NO"].map(columnOfHeader))
      .toEqual(["area", "indicator", "step", "output", "person", "target", null]);
    expect(["JAN", "MAY", "AG", "Agustus", "OKT", "DEC", "REALISASI WAKTU"].map(monthOfWord)).toEqual([1, 5, 8, 8, 10, 12, null]);
  });

  it("reads ticks as planned months, '(V)' as realised outside the plan, anything else as unreadable", () => {
    expect(["V", "v", "✓", "○", "!", "1"].map(readMark)).toEqual(Array(6).fill("planned"));
    expect(readMark("(V)")).toBe("unplanned");
    expect(readMark("Mar")).toBeNull();
  });

  it("reads month lists and refuses months outside 1-12", () => {
    expect(parseMonthList("1, 3-4; Des")).toEqual({ months: [1, 3, 4, 12], problem: null });
    expect(parseMonthList("0, 2").problem).toBe("Bulan 0 di luar 1-12 (Januari-Desember).");
    expect(parseMonthList("2, 13").problem).toBe("Bulan 13 di luar 1-12 (Januari-Desember).");
    expect(parseMonthList("awal tahun").problem).toBe("Bulan 'awal tahun' tidak dikenali; tulis angka 1-12 atau nama bulan.");
  });

  it("reads target dates as written in Indonesia, and no impossible day", () => {
    expect(["31 Maret 2026", "2026-03-31", "31/03/2026", "31-03-2026"].map(parseDateText)).toEqual(Array(4).fill("2026-03-31"));
    expect(parseDateText("31 Februari 2026")).toBeNull();
    expect(parseDateText("akhir tahun")).toBeNull();
    expect(endOfMonth(2024, 2)).toBe("2024-02-29");
  });

  it("takes off the step number and the LKE document line our export adds", () => {
    expect(stripStepNumber("2. Rapat Tim Kerja")).toBe("Rapat Tim Kerja");
    expect(stripStepNumber("2021 menjadi tahun dasar")).toBe("2021 menjadi tahun dasar");
    expect(splitOutput("SK Tim\nBukti dukung LKE: A.I.1.1.a: SK")).toEqual({ output: "SK Tim", expectedLabel: "A.I.1.1.a: SK" });
  });

  it("finds the indicator by code, by the paper form's short number (with a warning), or by title", () => {
    const indicators = [
      { nodeId: "n1", code: "A.I.1.1", title: "Penyusunan Tim Kerja", expectedDocuments: [] },
      { nodeId: "n2", code: "A.II.1.1", title: "Komitmen dalam perubahan", expectedDocuments: [] },
      { nodeId: "n3", code: "B.I", title: "Birokrasi yang bersih dan akuntabel", expectedDocuments: [] },
    ];
    expect(resolveIndicator("A.II.1.1 Komitmen", indicators)).toEqual({ indicator: indicators[1], warning: null });
    expect(resolveIndicator("B.I BIROKRASI", indicators)).toEqual({ indicator: indicators[2], warning: null });
    expect(resolveIndicator("1.1 Penyusunan Tim Kerja", indicators)).toEqual({ indicator: indicators[0], warning: "Indikator '1.1' dibaca sebagai A.I.1.1 Penyusunan Tim Kerja." });
    expect(resolveIndicator("komitmen dalam  PERUBAHAN", indicators)).toEqual({ indicator: indicators[1], warning: null });
    expect(resolveIndicator("7.1 Indikator hasil", indicators)).toHaveProperty("problem");
    expect(resolveIndicator("", indicators)).toEqual({ problem: "Indikator wajib diisi (kolom INDIKATOR)." });
  });
});
