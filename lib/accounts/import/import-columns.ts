import type { Role } from "@/lib/generated/prisma/enums";

// The columns of a user list, as the downloadable template names them and as admins type them
// in their own sheets. Pure: shared by the reader, the template and the tests.

export const IMPORT_COLUMNS = [
  { key: "name", header: "Nama", aliases: ["nama", "nama lengkap"] },
  { key: "email", header: "Email", aliases: ["email", "e-mail", "surel", "alamat email"] },
  { key: "nip", header: "NIP", aliases: ["nip"] },
  { key: "phone", header: "Telepon", aliases: ["telepon", "no telepon", "no. telepon", "nomor telepon", "hp", "no hp", "no. hp"] },
  { key: "role", header: "Peran", aliases: ["peran", "role"] },
  { key: "unitCode", header: "Kode Unit", aliases: ["kode unit", "unit"] },
] as const;

export type TImportColumn = (typeof IMPORT_COLUMNS)[number]["key"];

/** What an admin may write in the Peran column, by role: the template's list comes first. */
export const ROLE_WORDS: Record<Exclude<Role, never>, readonly string[]> = {
  UNIT_MEMBER: ["Tim Kerja", "anggota", "anggota tim kerja", "unit_member"],
  UNIT_HEAD: ["Kepala Unit", "kepala", "unit_head"],
  LEADER: ["Pimpinan", "leader"],
  EVALUATOR: ["Evaluator TPI", "evaluator", "tpi"],
  ADMIN: ["Admin", "admin instansi", "administrator"],
};

const BY_WORD = new Map(Object.entries(ROLE_WORDS).flatMap(([role, words]) => words.map((w) => [normalise(w), role as Role])));

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}

/** The role a Peran cell names, or null. */
export function parseRole(text: string): Role | null {
  return BY_WORD.get(normalise(text)) ?? null;
}

/** The column a header cell names, or null. */
export function columnOf(header: string): TImportColumn | null {
  const key = normalise(header);
  return IMPORT_COLUMNS.find((c) => (c.aliases as readonly string[]).includes(key))?.key ?? null;
}

/** The roles in the words the template offers, for messages: "Tim Kerja, Kepala Unit, ...". */
export const ROLE_CHOICES = Object.values(ROLE_WORDS).map((words) => words[0]).join(", ");
