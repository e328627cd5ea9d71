import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeAgency } from "@/lib/access/period-access";
import { authorizeUnit } from "@/lib/access/unit-access";
import { ConflictError, InvalidStateError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ZAddLineage, ZRemoveLineage } from "@/lib/units/schemas";
import { lockAgencyTree } from "@/lib/units/unit-rules";

/**
 * Records a merge (several old units -> one new), a split (one old -> several new) or a
 * replacement (one -> one) from a year on: year-over-year figures and carrying forward then follow
 * the new unit back to the old ones. Refused: units of another agency, a link that exists, and a
 * link that would make a unit its own predecessor.
 */
export async function addUnitLineage(admin: TSessionUser, raw: unknown) {
  const input = parseInput(ZAddLineage, raw);
  return prisma.$transaction(async (tx) => {
    const agency = await authorizeAgency(admin, input.agencyId, "unit.manage", { tx });
    await lockAgencyTree(tx, agency);
    const ids = [...new Set([...input.fromUnitIds, ...input.toUnitIds])];
    const units = await tx.unit.findMany({ where: { id: { in: ids }, agencyId: agency.id }, select: { id: true, name: true } });
    if (units.length !== ids.length) throw new ValidationError("Sebagian unit yang dipilih tidak ditemukan di instansi ini. Muat ulang halaman lalu pilih lagi.");
    const nameOf = (id: string) => units.find((u) => u.id === id)!.name;
    const pairs = input.fromUnitIds.flatMap((fromUnitId) => input.toUnitIds.map((toUnitId) => ({ fromUnitId, toUnitId })));
    const existing = await tx.unitLineage.findFirst({ where: { OR: pairs }, select: { fromUnitId: true, toUnitId: true } });
    if (existing) throw new ConflictError(`${nameOf(existing.fromUnitId)} sudah tercatat sebagai pendahulu ${nameOf(existing.toUnitId)}.`);
    for (const pair of pairs) {
      if ((await successorsOf(tx, pair.toUnitId)).includes(pair.fromUnitId)) {
        throw new ValidationError(`${nameOf(pair.fromUnitId)} sudah menjadi penerus ${nameOf(pair.toUnitId)}; riwayat unit tidak boleh melingkar.`);
      }
    }
    await tx.unitLineage.createMany({ data: pairs.map((p) => ({ ...p, kind: input.kind, year: input.year, createdById: admin.id })) });
    await recordAudit(tx, { actorId: admin.id, action: "unit.lineage.add", entityType: "Agency", entityId: agency.id, after: { kind: input.kind, year: input.year, pairs } });
    return { added: pairs.length };
  });
}

/** Removes one link of a unit's history (recorded by mistake), from the new unit's side. */
export async function removeUnitLineage(admin: TSessionUser, raw: unknown) {
  const { unitId, lineageId } = parseInput(ZRemoveLineage, raw);
  return prisma.$transaction(async (tx) => {
    const unit = await authorizeUnit(admin, unitId, "unit.manage", { tx });
    const link = await tx.unitLineage.findFirst({ where: { id: lineageId, toUnitId: unit.id }, select: { id: true, fromUnitId: true, toUnitId: true, kind: true, year: true } });
    if (!link) throw new InvalidStateError("Riwayat unit ini sudah dihapus. Muat ulang halaman.");
    await tx.unitLineage.delete({ where: { id: link.id } });
    await recordAudit(tx, { actorId: admin.id, action: "unit.lineage.remove", entityType: "Agency", entityId: unit.agencyId, before: link });
    return { lineageId: link.id };
  });
}

/** Every unit that carries on from this one, at any distance. */
async function successorsOf(tx: TTransaction, unitId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE next("id") AS (
      SELECT "toUnitId" FROM "UnitLineage" WHERE "fromUnitId" = ${unitId}
      UNION SELECT l."toUnitId" FROM "UnitLineage" l JOIN next n ON l."fromUnitId" = n."id"
    ) SELECT "id" FROM next`;
  return rows.map((r) => r.id);
}
