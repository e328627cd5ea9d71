import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeAgency } from "@/lib/access/period-access";
import { authorizeScope } from "@/lib/access/scope-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";
import { assertCodeFree, explainUniqueCode } from "@/lib/units/unit-rules";
import { ZCreateAgency, ZRenameAgency } from "@/lib/agencies/schemas";

// The installation's agencies, managed by the installation admin only (installation.agencies):
// an agency admin, and everyone else, gets NotFoundError from the access layer.

/** Adds an agency with its top unit; its admins are then given roles on /admin/pengguna. */
export async function createAgency(user: TSessionUser, raw: unknown) {
  // Authorised first: anyone else learns nothing, not even what the form expects.
  const scope = authorizeScope(user, "installation.agencies");
  const input = parseInput(ZCreateAgency, raw);
  return prisma.$transaction(async (tx) => {
    await assertAgencyCodeFree(tx, input.code);
    await assertCodeFree(tx, input.topUnit.code);
    const agency = await tx.agency.create({ data: { code: input.code, name: input.name }, select: { id: true } }).catch(explainAgencyCode(input.code));
    const unit = await tx.unit.create({ data: { ...input.topUnit, agencyId: agency.id, path: "" }, select: { id: true } }).catch(explainUniqueCode(input.topUnit.code));
    await tx.unit.update({ where: { id: unit.id }, data: { path: `/${unit.id}/` } });
    await recordAudit(tx, { actorId: scope.user.id, action: "agency.create", entityType: "Agency", entityId: agency.id, after: { code: input.code, name: input.name, topUnitId: unit.id, topUnit: input.topUnit } });
    return { agencyId: agency.id, topUnitId: unit.id };
  });
}

/** Renames an agency or changes its code. */
export async function renameAgency(user: TSessionUser, raw: unknown) {
  const { agencyId, code, name } = parseInput(ZRenameAgency, raw);
  return prisma.$transaction(async (tx) => {
    const agency = await authorizeAgency(user, agencyId, "installation.agencies", { tx });
    await assertAgencyCodeFree(tx, code, agency.id);
    const before = await tx.agency.findUniqueOrThrow({ where: { id: agency.id }, select: { code: true, name: true } });
    if (before.code === code && before.name === name) return { agencyId: agency.id, changed: false };
    await tx.agency.update({ where: { id: agency.id }, data: { code, name } }).catch(explainAgencyCode(code));
    await recordAudit(tx, { actorId: user.id, action: "agency.update", entityType: "Agency", entityId: agency.id, before, after: { code, name } });
    return { agencyId: agency.id, changed: true };
  });
}

function agencyCodeTaken(code: string) {
  const message = `Kode instansi "${code}" sudah dipakai instansi lain. Gunakan kode lain.`;
  return new ValidationError(message, { code: message });
}

async function assertAgencyCodeFree(tx: TTransaction, code: string, exceptId?: string) {
  const taken = await tx.agency.findFirst({ where: { code: { equals: code, mode: "insensitive" }, id: exceptId ? { not: exceptId } : undefined }, select: { id: true } });
  if (taken) throw agencyCodeTaken(code);
}

/** Two admins saving the same code at once: the unique index decides, with the same message. */
function explainAgencyCode(code: string) {
  return (error: unknown): never => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw agencyCodeTaken(code);
    throw error;
  };
}
