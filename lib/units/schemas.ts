import { z } from "zod";
import { zId, zText } from "@/lib/validation";
import { WIB, WIT, WITA } from "@/lib/units/time-zones";

// One schema per unit form, used by the form in the browser and by the mutation on the server.

export const TIME_ZONE_LABEL: Record<string, string> = { [WIB]: "WIB (Asia/Jakarta)", [WITA]: "WITA (Asia/Makassar)", [WIT]: "WIT (Asia/Jayapura)" };

const ZId = zId(40);

export const ZUnitDetails = z.object({
  code: z.string().trim().min(1, "Kode unit wajib diisi.").max(40, "Kode unit paling banyak 40 karakter.")
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "Kode unit hanya berisi huruf, angka, titik, garis bawah dan tanda hubung, tanpa spasi."),
  name: zText(160, "Nama unit paling banyak 160 karakter.").trim().min(3, "Nama unit minimal 3 karakter."),
  /** The level as the agency names it (Kejati, Kejari, BPS Kota): the unit's type. */
  level: zText(60, "Jenis unit paling banyak 60 karakter.").trim().min(2, "Jenis unit wajib diisi (mis. Kejari)."),
  region: zText(80, "Wilayah paling banyak 80 karakter.").trim(),
  /** Kecamatan or kabupaten/kota the unit serves: PEKPPP ranks "per kecamatan/wilayah" by it; "" for none. */
  district: zText(80, "Kecamatan layanan paling banyak 80 karakter.").trim().default(""),
  timeZone: z.enum([WIB, WITA, WIT], "Pilih zona waktu: WIB, WITA atau WIT."),
});
export type TUnitDetailsInput = z.input<typeof ZUnitDetails>;

export const ZCreateUnit = ZUnitDetails.extend({ agencyId: ZId, parentId: z.string().min(1, "Pilih unit induk.").pipe(ZId) });
export type TCreateUnitInput = z.input<typeof ZCreateUnit>;

export const ZUpdateUnit = ZUnitDetails.extend({ unitId: ZId });
export type TUpdateUnitInput = z.input<typeof ZUpdateUnit>;

export const ZMoveUnit = z.object({ unitId: ZId, parentId: z.string().min(1, "Pilih unit induk yang baru.").pipe(ZId) });
export type TMoveUnitInput = z.input<typeof ZMoveUnit>;

export const ZSetUnitActive = z.object({ unitId: ZId, active: z.boolean() });

export const LINEAGE_KIND_LABEL = { MERGE: "Penggabungan", SPLIT: "Pemekaran", REPLACE: "Penggantian" } as const;

export const ZAddLineage = z.object({
  agencyId: ZId,
  kind: z.enum(["MERGE", "SPLIT", "REPLACE"], "Pilih jenis perubahan: penggabungan, pemekaran atau penggantian."),
  fromUnitIds: z.array(ZId).min(1, "Pilih unit lama.").max(50, "Paling banyak 50 unit."),
  toUnitIds: z.array(ZId).min(1, "Pilih unit baru.").max(50, "Paling banyak 50 unit."),
  year: z.number({ error: "Tahun wajib diisi dengan angka." }).int("Tahun harus bilangan bulat.").min(2020, "Tahun paling awal 2020.").max(2100, "Tahun paling akhir 2100."),
}).superRefine((input, ctx) => {
  const from = new Set(input.fromUnitIds);
  const to = new Set(input.toUnitIds);
  if (input.kind === "MERGE" && (from.size < 2 || to.size !== 1)) ctx.addIssue({ code: "custom", path: ["fromUnitIds"], message: "Penggabungan: pilih minimal dua unit lama dan tepat satu unit baru." });
  if (input.kind === "SPLIT" && (from.size !== 1 || to.size < 2)) ctx.addIssue({ code: "custom", path: ["toUnitIds"], message: "Pemekaran: pilih tepat satu unit lama dan minimal dua unit baru." });
  if (input.kind === "REPLACE" && (from.size !== 1 || to.size !== 1)) ctx.addIssue({ code: "custom", path: ["toUnitIds"], message: "Penggantian: pilih tepat satu unit lama dan satu unit baru." });
  if ([...from].some((id) => to.has(id))) ctx.addIssue({ code: "custom", path: ["toUnitIds"], message: "Unit lama dan unit baru tidak boleh sama." });
});
export type TAddLineageInput = z.input<typeof ZAddLineage>;

export const ZRemoveLineage = z.object({ unitId: ZId, lineageId: ZId });
