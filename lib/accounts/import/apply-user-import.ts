import "server-only";
import { prisma } from "@/lib/db";
import type { TUserImportAccess } from "@/lib/access/user-import-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { clock } from "@/lib/clock";
import { InvalidStateError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { insertInvitedUser } from "@/lib/accounts/user-mutations";
import { checkUserRows } from "@/lib/accounts/import/check-user-rows";
import type { TUserImportPreview } from "@/lib/accounts/import/preview-types";

/**
 * Creates every account of a preview in one transaction, each audited with its invitation queued
 * as a job of the same transaction. The rows are checked again first (someone may have taken an
 * email since the preview): any problem refuses the whole file and nothing is created.
 */
export async function applyUserImport(access: TUserImportAccess): Promise<{ created: number }> {
  const { agency } = access;
  return prisma.$transaction(async (tx) => {
    // Locked: a double click or a second tab applies the same preview once.
    const [record] = await tx.$queryRaw<{ fileName: string; sha256: string; preview: TUserImportPreview; expiresAt: Date }[]>`
      SELECT "fileName", "sha256", "preview", "expiresAt" FROM "UserImport" WHERE "id" = ${access.id} FOR UPDATE`;
    if (!record) throw new InvalidStateError("Impor ini sudah diterapkan atau dibatalkan.");
    if (record.expiresAt < clock.now()) throw new InvalidStateError("Pratinjau ini sudah kedaluwarsa (berlaku 30 menit). Unggah ulang berkas untuk pratinjau baru.");
    const stored = record.preview;
    if (stored.problemRows > 0) throw new InvalidStateError(`Berkas masih memiliki ${stored.problemRows} baris bermasalah. Perbaiki berkas lalu unggah ulang; tidak ada yang disimpan.`);
    const rows = await checkUserRows(tx, agency, stored.rows.map((r) => ({
      row: r.row, problems: [], values: { name: r.name, email: r.email, nip: r.nip, phone: r.phone, role: r.role ?? "", unitCode: r.unitCode },
    })));
    const refused = rows.find((r) => r.problems.length);
    if (refused) throw new ValidationError(`Baris ${refused.row}: ${refused.problems.join(" ")} Data berubah sejak pratinjau dibuat; tidak ada yang disimpan. Unggah ulang berkas.`);

    for (const row of rows) {
      await insertInvitedUser(tx, agency, { name: row.name, email: row.email, nip: row.nip, phone: row.phone, role: row.role!, unitId: row.unitId! }, { importId: access.id, row: row.row })
        .catch((error: unknown) => {
          // Taken by a concurrent invitation between the check and the insert: the unique index decides.
          if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
            throw new ValidationError(`Baris ${row.row}: email atau NIP baru saja dipakai akun lain. Tidak ada yang disimpan; unggah ulang berkas.`);
          }
          throw error;
        });
    }
    await recordAudit(tx, {
      actorId: agency.user.id, action: "user.import", entityType: "Agency", entityId: agency.id,
      after: { fileName: record.fileName, sha256: record.sha256, created: rows.length, emails: rows.map((r) => r.email) },
    });
    await tx.userImport.delete({ where: { id: access.id } });
    return { created: rows.length };
  }, { timeout: 120_000, maxWait: 10_000 });
}
