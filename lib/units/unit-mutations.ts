import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeAgency } from "@/lib/access/period-access";
import { authorizeUnit } from "@/lib/access/unit-access";
import { InvalidStateError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ZCreateUnit, ZMoveUnit, ZSetUnitActive, ZUpdateUnit } from "@/lib/units/schemas";
import { assertCodeFree, explainUniqueCode, loadParent, lockAgencyTree } from "@/lib/units/unit-rules";

const DETAILS = { code: true, name: true, level: true, region: true, district: true, timeZone: true } as const;

/** The form's "" is the column's null: a unit without a district ranks in no district group. */
const stored = <T extends { district: string }>(details: T) => ({ ...details, district: details.district || null });

/** Adds a unit under an active unit of the agency. */
export async function createUnit(admin: TSessionUser, raw: unknown) {
  const { agencyId, parentId, ...input } = parseInput(ZCreateUnit, raw);
  const details = stored(input);
  return prisma.$transaction(async (tx) => {
    const agency = await authorizeAgency(admin, agencyId, "unit.manage", { tx });
    await lockAgencyTree(tx, agency);
    const parent = await loadParent(tx, agency, parentId);
    await assertCodeFree(tx, details.code);
    const unit = await tx.unit.create({ data: { ...details, agencyId: agency.id, parentId: parent.id, path: "" }, select: { id: true } }).catch(explainUniqueCode(details.code));
    await tx.unit.update({ where: { id: unit.id }, data: { path: `${parent.path}${unit.id}/` } });
    await recordAudit(tx, { actorId: admin.id, action: "unit.create", entityType: "Unit", entityId: unit.id, after: { ...details, agencyId: agency.id, parentId: parent.id } });
    return { unitId: unit.id };
  });
}

/** Renames a unit or changes its code, type, region, district or time zone. */
export async function updateUnit(admin: TSessionUser, raw: unknown) {
  const { unitId, ...input } = parseInput(ZUpdateUnit, raw);
  const details = stored(input);
  return prisma.$transaction(async (tx) => {
    const unit = await authorizeUnit(admin, unitId, "unit.manage", { tx });
    await assertCodeFree(tx, details.code, unit.id);
    const before = await tx.unit.findUniqueOrThrow({ where: { id: unit.id }, select: DETAILS });
    if (Object.entries(details).every(([key, value]) => before[key as keyof typeof before] === value)) return { unitId: unit.id, changed: false };
    await tx.unit.update({ where: { id: unit.id }, data: details }).catch(explainUniqueCode(details.code));
    await recordAudit(tx, { actorId: admin.id, action: "unit.update", entityType: "Unit", entityId: unit.id, before, after: details });
    return { unitId: unit.id, changed: true };
  });
}

/**
 * Moves a unit (with everything under it) to another parent of the agency. Refused: the agency's
 * top unit, and a parent inside the unit's own subtree (the tree would get a cycle).
 */
export async function moveUnit(admin: TSessionUser, raw: unknown) {
  const input = parseInput(ZMoveUnit, raw);
  return prisma.$transaction(async (tx) => {
    const unit = await authorizeUnit(admin, input.unitId, "unit.manage", { tx });
    if (unit.parentId === null) throw new InvalidStateError("Unit teratas instansi tidak dapat dipindahkan.");
    const parent = await loadParent(tx, unit, input.parentId);
    if (parent.path.startsWith(unit.path)) {
      const message = `${parent.name} berada di bawah ${unit.name} (atau unit itu sendiri); unit tidak dapat dipindahkan ke bawah dirinya sendiri.`;
      throw new ValidationError(message, { parentId: message });
    }
    if (parent.id === unit.parentId) return { unitId: unit.id, moved: 0 };
    const newPath = `${parent.path}${unit.id}/`;
    // The subtree's paths, the unit's own included, in one statement.
    const moved = await tx.$executeRaw`
      UPDATE "Unit" SET "path" = ${newPath} || substr("path", ${unit.path.length + 1})
      WHERE "agencyId" = ${unit.agencyId} AND left("path", ${unit.path.length}) = ${unit.path}`;
    await tx.unit.update({ where: { id: unit.id }, data: { parentId: parent.id } });
    await recordAudit(tx, {
      actorId: admin.id, action: "unit.move", entityType: "Unit", entityId: unit.id,
      before: { parentId: unit.parentId, path: unit.path }, after: { parentId: parent.id, path: newPath, unitsMoved: moved },
    });
    return { unitId: unit.id, moved };
  });
}

/**
 * Deactivates a unit (it keeps its history, joins no new period, takes no new role) or brings it
 * back. Refused: the top unit, a unit with active units under it, a unit in a period still running.
 */
export async function setUnitActive(admin: TSessionUser, raw: unknown) {
  const { unitId, active } = parseInput(ZSetUnitActive, raw);
  return prisma.$transaction(async (tx) => {
    const unit = await authorizeUnit(admin, unitId, "unit.manage", { tx });
    if (unit.active === active) return { unitId: unit.id, active };
    if (active && unit.parentId) await loadParent(tx, unit, unit.parentId);
    if (!active) await assertMayDeactivate(tx, unit);
    await tx.unit.update({ where: { id: unit.id }, data: { active } });
    await recordAudit(tx, { actorId: admin.id, action: active ? "unit.reactivate" : "unit.deactivate", entityType: "Unit", entityId: unit.id, before: { active: unit.active }, after: { active } });
    return { unitId: unit.id, active };
  });
}

async function assertMayDeactivate(tx: TTransaction, unit: { id: string; parentId: string | null; name: string }) {
  if (unit.parentId === null) throw new InvalidStateError("Unit teratas instansi tidak dapat dinonaktifkan.");
  const children = await tx.unit.findMany({ where: { parentId: unit.id, active: true }, select: { name: true }, orderBy: { name: "asc" }, take: 3 });
  if (children.length) throw new InvalidStateError(`${unit.name} masih memiliki unit aktif di bawahnya (${children.map((c) => c.name).join(", ")}). Pindahkan atau nonaktifkan unit tersebut terlebih dahulu.`);
  const running = await tx.assessment.findFirst({ where: { unitId: unit.id, period: { status: { in: ["DRAFT", "OPEN"] } } }, select: { period: { select: { name: true } } } });
  if (running) throw new InvalidStateError(`${unit.name} masih menjadi peserta periode "${running.period.name}" yang belum ditutup. Tutup periode itu terlebih dahulu.`);
}
