import { z } from "zod";
import { zId, zText } from "@/lib/validation";
import { ZUnitDetails } from "@/lib/units/schemas";

// An agency as the installation admin adds and renames it. Shared by the forms and the mutations.

const ZAgencyCode = z.string().trim().min(1, "Kode instansi wajib diisi.").max(40, "Kode instansi paling banyak 40 karakter.")
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "Kode instansi hanya berisi huruf, angka, titik, garis bawah dan tanda hubung, tanpa spasi.");
const ZAgencyName = zText(160, "Nama instansi paling banyak 160 karakter.").trim().min(3, "Nama instansi minimal 3 karakter.");

/** A new agency and its top unit (the root of its unit tree, e.g. "Kejaksaan Agung"). */
export const ZCreateAgency = z.object({
  code: ZAgencyCode,
  name: ZAgencyName,
  topUnit: ZUnitDetails,
});
export type TCreateAgencyInput = z.input<typeof ZCreateAgency>;

export const ZRenameAgency = z.object({ agencyId: zId(40), code: ZAgencyCode, name: ZAgencyName });
export type TRenameAgencyInput = z.input<typeof ZRenameAgency>;
