import "server-only";
import type { prisma, TTransaction } from "@/lib/db";
import type { TAgencyAccess } from "@/lib/access/period-access";
import { ROLE_LABEL, ZUserDetails } from "@/lib/accounts/user-schemas";
import { parseRole, ROLE_CHOICES } from "@/lib/accounts/import/import-columns";
import type { TRawUserRow } from "@/lib/accounts/import/read-user-sheet";
import type { TUserImportRow } from "@/lib/accounts/import/preview-types";

type TDb = TTransaction | typeof prisma;

/**
 * Every rule a single invitation follows, per row, with all of a row's problems named: the details
 * (same schema as the form), a known role, a unit of this agency that is active, and an email and
 * NIP used by no account and by no other row. Reads the database; writes nothing.
 */
export async function checkUserRows(db: TDb, agency: TAgencyAccess<"user.manage">, raw: readonly TRawUserRow[]): Promise<TUserImportRow[]> {
  const rows = raw.map((r) => parseRow(r));
  const codes = [...new Set(rows.map((r) => r.unitCode).filter(Boolean))];
  const emails = rows.map((r) => r.email).filter(Boolean);
  const nips = rows.map((r) => r.nip).filter(Boolean);
  const [units, taken] = await Promise.all([
    db.unit.findMany({ where: { agencyId: agency.id, code: { in: codes, mode: "insensitive" } }, select: { id: true, code: true, name: true, active: true } }),
    db.user.findMany({ where: { OR: [{ email: { in: emails } }, { nip: { in: nips } }] }, select: { email: true, nip: true } }),
  ]);
  const unitByCode = new Map(units.map((u) => [u.code.toLowerCase(), u]));
  const takenEmails = new Set(taken.map((u) => u.email));
  const takenNips = new Set(taken.flatMap((u) => (u.nip ? [u.nip] : [])));
  const firstRowOf = (key: "email" | "nip") => {
    const first = new Map<string, number>();
    for (const r of rows) if (r[key] && !first.has(r[key])) first.set(r[key], r.row);
    return first;
  };
  const firstEmail = firstRowOf("email");
  const firstNip = firstRowOf("nip");

  for (const r of rows) {
    if (r.unitCode) {
      const unit = unitByCode.get(r.unitCode.toLowerCase());
      // Another agency's unit is answered like an unknown one: its codes are not the admin's to learn.
      if (!unit) r.problems.push(`Kode unit '${r.unitCode}' tidak ditemukan di ${agency.name}; peran hanya dapat diberikan pada unit instansi ini.`);
      else if (!unit.active) r.problems.push(`Unit ${unit.name} sudah dinonaktifkan; pilih unit yang aktif.`);
      else Object.assign(r, { unitId: unit.id, unitName: unit.name });
    }
    if (r.email && takenEmails.has(r.email)) r.problems.push(`Email ${r.email} sudah dipakai akun lain.`);
    if (r.nip && takenNips.has(r.nip)) r.problems.push(`NIP ${r.nip} sudah dipakai akun lain.`);
    if (r.email && firstEmail.get(r.email) !== r.row) r.problems.push(`Email ${r.email} sudah ada di baris ${firstEmail.get(r.email)} berkas ini.`);
    if (r.nip && firstNip.get(r.nip) !== r.row) r.problems.push(`NIP ${r.nip} sudah ada di baris ${firstNip.get(r.nip)} berkas ini.`);
  }
  return rows;
}

function parseRow(raw: TRawUserRow): TUserImportRow {
  const { values } = raw;
  const problems = [...raw.problems];
  const parsed = ZUserDetails.safeParse({ name: values.name, email: values.email, nip: values.nip, phone: values.phone });
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => i.message));
  const role = parseRole(values.role);
  if (!values.role) problems.push("Peran wajib diisi.");
  else if (!role) problems.push(`Peran '${values.role}' tidak dikenal; isi salah satu dari: ${ROLE_CHOICES}.`);
  if (!values.unitCode) problems.push("Kode unit wajib diisi.");
  const details = parsed.success ? parsed.data : { name: values.name, email: values.email.trim().toLowerCase(), nip: values.nip.trim(), phone: values.phone };
  return {
    row: raw.row, ...details, roleText: role ? ROLE_LABEL[role as keyof typeof ROLE_LABEL] : values.role, role,
    unitCode: values.unitCode, unitId: null, unitName: null, problems,
  };
}
