import { describe, expect, it } from "vitest";
import { calendarParts, dateInWords, numberInWords } from "@/lib/documents/indonesian-words";

describe("Indonesian words for a Berita Acara", () => {
  it("spells numbers as terbilang does", () => {
    expect([0, 1, 10, 11, 12, 19, 20, 22, 31, 100, 115, 250, 1000, 1999, 2026, 11_000].map(numberInWords)).toEqual([
      "nol", "satu", "sepuluh", "sebelas", "dua belas", "sembilan belas", "dua puluh", "dua puluh dua", "tiga puluh satu",
      "seratus", "seratus lima belas", "dua ratus lima puluh", "seribu", "seribu sembilan ratus sembilan puluh sembilan",
      "dua ribu dua puluh enam", "sebelas ribu",
    ]);
    expect(() => numberInWords(-1)).toThrow(RangeError);
  });

  it("writes the date in WIB: late evening UTC is already the next day in Jakarta", () => {
    expect(dateInWords(new Date("2026-11-22T03:00:00Z"))).toBe("Minggu, tanggal dua puluh dua bulan November tahun dua ribu dua puluh enam");
    expect(calendarParts(new Date("2026-11-30T18:30:00Z"))).toEqual({ weekday: 2, day: 1, month: 12, year: 2026 });
  });
});
