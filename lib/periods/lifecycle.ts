import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizePeriod, type TPeriodAccess } from "@/lib/access/period-access";
import { InvalidStateError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ZPeriodLifecycle } from "@/lib/periods/schemas";

// A period's end of life: closed (no more schedule or participant changes), archived (out of the
// admins' lists, kept with everything in it), or deleted when created by mistake and still empty.

/** Closes a draft or open period. */
export async function closePeriod(user: TSessionUser, raw: unknown) {
  const { periodId } = parseInput(ZPeriodLifecycle, raw);
  return prisma.$transaction(async (tx) => {
    const period = await authorizePeriod(user, periodId, "period.manage", { tx, lock: true });
    if (period.status === "CLOSED" || period.status === "ARCHIVED") throw new InvalidStateError("Periode ini sudah ditutup.");
    return setStatus(tx, period, "CLOSED", "period.close");
  });
}

/** Archives a closed period, or one nobody has worked in yet. */
export async function archivePeriod(user: TSessionUser, raw: unknown) {
  const { periodId } = parseInput(ZPeriodLifecycle, raw);
  return prisma.$transaction(async (tx) => {
    const period = await authorizePeriod(user, periodId, "period.manage", { tx, lock: true });
    if (period.status === "ARCHIVED") throw new InvalidStateError("Periode ini sudah diarsipkan.");
    if (period.status !== "CLOSED" && (await workIn(tx, period)) > 0) {
      throw new InvalidStateError("Periode ini masih berjalan dan sudah berisi jawaban. Tutup periode terlebih dahulu, lalu arsipkan.");
    }
    return setStatus(tx, period, "ARCHIVED", "period.archive");
  });
}

/** Brings an archived period back to the lists, closed. */
export async function restorePeriod(user: TSessionUser, raw: unknown) {
  const { periodId } = parseInput(ZPeriodLifecycle, raw);
  return prisma.$transaction(async (tx) => {
    const period = await authorizePeriod(user, periodId, "period.manage", { tx, lock: true });
    if (period.status !== "ARCHIVED") throw new InvalidStateError("Periode ini tidak diarsipkan.");
    return setStatus(tx, period, "CLOSED", "period.restore");
  });
}

/**
 * Deletes a period nobody has worked in: its windows, its empty LKEs and their score rows. One with
 * any answer, evidence, note, review, plan or recorded activity is refused, and nothing changes.
 */
export async function deletePeriod(user: TSessionUser, raw: unknown) {
  const { periodId } = parseInput(ZPeriodLifecycle, raw);
  return prisma.$transaction(async (tx) => {
    const period = await authorizePeriod(user, periodId, "period.manage", { tx, lock: true });
    const worked = await workIn(tx, period);
    if (worked > 0) {
      throw new InvalidStateError(`Periode ini tidak dapat dihapus: ${worked} LKE sudah berisi jawaban, bukti dukung atau aktivitas lain. Tutup atau arsipkan periode ini.`);
    }
    const before = await tx.period.findUniqueOrThrow({ where: { id: period.id }, select: { agencyId: true, year: true, name: true, status: true, catalogueVersionId: true, _count: { select: { assessments: true } } } });
    // Assessment children (score rows, checklist, assignments) cascade; windows and surveys too.
    await tx.assessment.deleteMany({ where: { periodId: period.id } });
    await tx.period.delete({ where: { id: period.id } });
    await recordAudit(tx, { actorId: user.id, action: "period.delete", entityType: "Period", entityId: period.id, before });
    return { periodId: period.id };
  });
}

async function setStatus(tx: TTransaction, period: TPeriodAccess, status: "CLOSED" | "ARCHIVED", action: string) {
  await tx.period.update({ where: { id: period.id }, data: { status } });
  await recordAudit(tx, { actorId: period.user.id, action, entityType: "Period", entityId: period.id, before: { status: period.status }, after: { status } });
  return { periodId: period.id, status };
}

/** How many of the period's LKEs hold any work: answers, evidence, notes, reviews, a plan, a report, or an audited event. */
async function workIn(tx: TTransaction, period: TPeriodAccess): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM "Assessment" a
    WHERE a."periodId" = ${period.id} AND (
      EXISTS (SELECT 1 FROM "Answer" x WHERE x."assessmentId" = a."id")
      OR EXISTS (SELECT 1 FROM "Evidence" x WHERE x."assessmentId" = a."id")
      OR EXISTS (SELECT 1 FROM "ItemNote" x WHERE x."assessmentId" = a."id")
      OR EXISTS (SELECT 1 FROM "ItemReview" x WHERE x."assessmentId" = a."id")
      OR EXISTS (SELECT 1 FROM "ActionPlan" x WHERE x."assessmentId" = a."id")
      OR EXISTS (SELECT 1 FROM "Report" x WHERE x."assessmentId" = a."id")
      OR EXISTS (SELECT 1 FROM "AuditEvent" x WHERE x."assessmentId" = a."id")
      OR EXISTS (SELECT 1 FROM "Assessment" n WHERE n."carriedFromId" = a."id"))`;
  return row!.n;
}
