// Dates in words as a Berita Acara writes them: "Senin, tanggal dua puluh dua bulan November
// tahun dua ribu dua puluh enam". Calendar fields are read in the agency's zone (WIB).

const ONES = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];
const DAYS = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const ZONE = "Asia/Jakarta";

/** A whole number 0..999 999 in Indonesian words ("terbilang"). */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999) throw new RangeError(`numberInWords: ${n}`);
  if (n === 0) return "nol";
  const words = (value: number): string => {
    if (value < 12) return ONES[value]!;
    if (value < 20) return `${ONES[value - 10]} belas`;
    if (value < 100) return `${ONES[Math.floor(value / 10)]} puluh ${words(value % 10)}`.trim();
    if (value < 200) return `seratus ${words(value - 100)}`.trim();
    if (value < 1000) return `${ONES[Math.floor(value / 100)]} ratus ${words(value % 100)}`.trim();
    if (value < 2000) return `seribu ${words(value - 1000)}`.trim();
    return `${words(Math.floor(value / 1000))} ribu ${words(value % 1000)}`.trim();
  };
  return words(n);
}

/** Day, month (1..12) and year of an instant in WIB. */
export function calendarParts(at: Date): { weekday: number; day: number; month: number; year: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: ZONE, weekday: "short", day: "numeric", month: "numeric", year: "numeric" })
      .formatToParts(at).map((p) => [p.type, p.value]),
  );
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(parts.weekday!);
  return { weekday, day: Number(parts.day), month: Number(parts.month), year: Number(parts.year) };
}

export function dateInWords(at: Date): string {
  const { weekday, day, month, year } = calendarParts(at);
  return `${DAYS[weekday]}, tanggal ${numberInWords(day)} bulan ${MONTHS[month - 1]} tahun ${numberInWords(year)}`;
}
