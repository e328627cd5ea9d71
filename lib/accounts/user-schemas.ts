import { z } from "zod";
import { isPlainText } from "@/lib/validation";

/** Roles an agency admin gives on a unit: the unit itself (member, head) or its subtree (leader, admin). */
export const ASSIGNABLE_ROLES = ["UNIT_MEMBER", "UNIT_HEAD", "LEADER", "EVALUATOR", "ADMIN"] as const;

export const ROLE_LABEL: Record<(typeof ASSIGNABLE_ROLES)[number], string> = {
  UNIT_MEMBER: "Tim Kerja (anggota unit)",
  UNIT_HEAD: "Kepala Unit",
  LEADER: "Pimpinan (unit dan bawahannya)",
  EVALUATOR: "Evaluator TPI",
  ADMIN: "Admin (unit dan bawahannya; di unit teratas: admin instansi)",
};

const id = z.string().min(1).max(64);
const text = (label: string, max: number) => z.string().trim().min(1, `${label} wajib diisi.`).max(max, `${label} terlalu panjang.`).refine(isPlainText, `${label} berisi karakter yang tidak diizinkan.`);

export const ZUserDetails = z.object({
  name: text("Nama", 120),
  email: z.string().trim().toLowerCase().max(254, "Alamat email terlalu panjang.").email("Masukkan alamat email yang valid."),
  // NIP: 18 digits (Nomor Induk Pegawai ASN); empty when the person has none (e.g. non-ASN staff).
  nip: z.string().trim().regex(/^(\d{18})?$/, "NIP terdiri atas 18 angka, atau kosongkan."),
  phone: z.string().trim().regex(/^(\+?[0-9][0-9 -]{6,18})?$/, "Nomor telepon hanya berisi angka, spasi, tanda - dan awalan +."),
});
export type TUserDetails = z.infer<typeof ZUserDetails>;

const roleGrant = {
  role: z.enum(ASSIGNABLE_ROLES, "Pilih peran."),
  unitId: z.string().min(1, "Pilih unit.").max(64),
};

export const ZCreateUser = ZUserDetails.extend({ agencyId: id, ...roleGrant });
export type TCreateUserInput = z.input<typeof ZCreateUser>;

export const ZUpdateUser = ZUserDetails.extend({ userId: id });
export type TUpdateUserInput = z.input<typeof ZUpdateUser>;

export const ZSetActive = z.object({ userId: id, active: z.boolean() });
export const ZAddRole = z.object({ userId: id, ...roleGrant });
export type TAddRoleInput = z.input<typeof ZAddRole>;
export const ZRemoveRole = z.object({ userId: id, roleId: id });
