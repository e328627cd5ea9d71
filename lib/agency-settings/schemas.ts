import { z } from "zod";
import { zId, zText } from "@/lib/validation";
import { unknownPlaceholders } from "@/lib/agency-settings/report-number";

// Shared by the admin form (client) and the save action (server).

const pattern = (label: string) =>
  zText(80, `${label} paling banyak 80 karakter.`)
    .trim()
    .min(1, `${label} wajib diisi.`)
    .refine((value) => value.includes("{urut}"), `${label} harus memuat {urut} (nomor urut).`)
    .refine((value) => unknownPlaceholders(value).length === 0, `${label} hanya boleh memuat {urut}, {bulan}, {bulan_romawi}, {tahun} dan {kode_unit}.`);

/** NIP: 18 digits, written with or without the usual spaces (19680119 198803 1 002). */
export const ZNip = z
  .string()
  .trim()
  .refine((value) => value === "" || /^\d{18}$/.test(value.replace(/\s+/g, "")), "NIP terdiri dari 18 angka.");

export const ZAgencySettings = z.object({
  agencyId: zId(40),
  letterhead: zText(400, "Kop surat paling banyak 400 karakter.")
    .trim()
    .min(1, "Kop surat wajib diisi.")
    .refine((value) => value.split("\n").filter((l) => l.trim()).length <= 4, "Kop surat paling banyak 4 baris."),
  address: zText(200, "Alamat paling banyak 200 karakter.").trim(),
  place: zText(60, "Tempat paling banyak 60 karakter.").trim().min(1, "Tempat penandatanganan wajib diisi."),
  lheNumberPattern: pattern("Pola nomor LHE"),
  baNumberPattern: pattern("Pola nomor Berita Acara"),
  // Forms and callers from before PEKPPP send none: the shipped default.
  pekpppBaNumberPattern: pattern("Pola nomor BA hasil PEKPPP").default("BA-{urut}/PEKPPP/{bulan_romawi}/{tahun}"),
  approverTitle: zText(120, "Jabatan paling banyak 120 karakter.").trim(),
  approverName: zText(120, "Nama paling banyak 120 karakter.").trim(),
  approverNip: ZNip,
});
export type TAgencySettingsInput = z.input<typeof ZAgencySettings>;

export const LOGO_MAX_BYTES = 1024 * 1024;
export const LOGO_TYPES = { png: "image/png", jpg: "image/jpeg" } as const;

/** Spaces as NIPs are printed: 8 digits (birth date), 6 (appointment), 1 (sex), 3 (number). */
export function formatNip(nip: string | null | undefined): string {
  const digits = (nip ?? "").replace(/\s+/g, "");
  if (!/^\d{18}$/.test(digits)) return nip?.trim() || "-";
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}
