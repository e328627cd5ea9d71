import { z } from "zod";
import { zId, zText } from "@/lib/validation";
import { STAGE_LABEL } from "@/lib/periods/labels";
import { parseDateText } from "@/lib/periods/window-dates";

// One schema per form, used by zodResolver in the browser and by the mutation on the server.
// Dates are typed day first ("22/11/2026"; ISO "2026-11-22" is accepted too) and come out as ISO
// "YYYY-MM-DD", read as days in Asia/Jakarta.

export const YEAR_MIN = 2020;
export const YEAR_MAX = 2100;

export const DATE_FORMAT_HINT = "Format hh/bb/tttt, mis. 31/12/2026.";

const ZDate = z
  .string({ error: "Tanggal wajib diisi." })
  .trim()
  .max(40, `Tanggal tidak valid. ${DATE_FORMAT_HINT}`)
  .min(1, "Tanggal wajib diisi.")
  .transform((text, ctx) => {
    const iso = parseDateText(text);
    if (iso) return iso;
    ctx.addIssue({ code: "custom", message: `Tanggal tidak valid. ${DATE_FORMAT_HINT}` });
    return z.NEVER;
  });

function windowSchema(label: string) {
  return z
    .object({ opensAt: ZDate, closesAt: ZDate })
    // ISO dates compare as text; a one-day window (same date) is allowed.
    .refine((w) => w.closesAt >= w.opensAt, {
      message: `Tanggal tutup ${label} tidak boleh sebelum tanggal buka.`,
      path: ["closesAt"],
    });
}

export const ZWindows = z.object({
  SELF_ASSESSMENT: windowSchema(STAGE_LABEL.SELF_ASSESSMENT),
  REVIEW: windowSchema(STAGE_LABEL.REVIEW),
  REVISION: windowSchema(STAGE_LABEL.REVISION),
  FINAL: windowSchema(STAGE_LABEL.FINAL),
});
export type TWindows = z.infer<typeof ZWindows>;

const ZId = zId(40);
const ZUnitIds = z
  .array(ZId, { error: "Pilih minimal satu unit peserta." })
  .min(1, "Pilih minimal satu unit peserta.")
  .max(5000, "Paling banyak 5000 unit dalam satu kali simpan.");

export const ZCreatePeriod = z.object({
  agencyId: ZId,
  year: z
    .number({ error: "Tahun wajib diisi dengan angka." })
    .int("Tahun harus bilangan bulat.")
    .min(YEAR_MIN, `Tahun paling awal ${YEAR_MIN}.`)
    .max(YEAR_MAX, `Tahun paling akhir ${YEAR_MAX}.`),
  name: zText(120, "Nama periode paling banyak 120 karakter.").trim().min(3, "Nama periode minimal 3 karakter."),
  catalogueVersionId: z.string().min(1, "Pilih versi katalog LKE.").pipe(zId(40)),
  unitIds: ZUnitIds,
  windows: ZWindows,
});
export type TCreatePeriodInput = z.infer<typeof ZCreatePeriod>;

export const ZAddPeriodUnits = z.object({ periodId: ZId, unitIds: ZUnitIds });
export type TAddPeriodUnitsInput = z.infer<typeof ZAddPeriodUnits>;

export const ZUpdatePeriodWindows = z.object({ periodId: ZId, windows: ZWindows });
export type TUpdatePeriodWindowsInput = z.infer<typeof ZUpdatePeriodWindows>;

/** Close, archive, restore or delete: the period alone. */
export const ZPeriodLifecycle = z.object({ periodId: ZId });
