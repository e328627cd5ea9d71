import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TWorkbookImportAccess } from "@/lib/access/workbook-import-access";
import { authorizeAssessment, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { clock } from "@/lib/clock";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertPlanEditable } from "@/lib/plans/policy";
import { auditedStep, type TCheckedStep } from "@/lib/plans/step-rules";
import { checkPlanRows } from "@/lib/plans/import/check-plan-rows";
import type { TPlanImportPreview, TPlanImportRow } from "@/lib/plans/import/preview-types";

export type TPlanImportResult = { assessmentId: string; created: number; updated: number };

const CHANGED = "Rencana aksi berubah sejak pratinjau dibuat. Tidak ada yang disimpan; unggah ulang berkas untuk pratinjau baru.";

/**
 * Applies a rencana aksi preview in one transaction: the plan locked (as every step change locks
 * it), the preview locked (a second click applies nothing), every row checked again against the
 * plan, the catalogue and the unit as they are now. Any problem, or a plan that moved since the
 * preview (a step added, changed or removed), refuses the whole file: nothing is written. Each
 * created or updated step is audited like a single edit, and one "plan.import" event names the file.
 */
export async function applyPlanImport(proof: TWorkbookImportAccess): Promise<TPlanImportResult> {
  const { user } = proof.assessment;
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, proof.assessment.id, "plan.write", { tx, lock: true });
    assertPlanEditable(access);
    const [record] = await tx.$queryRaw<{ fileName: string; sha256: string; preview: TPlanImportPreview; expiresAt: Date }[]>`
      SELECT "fileName", "sha256", "preview", "expiresAt" FROM "WorkbookImport" WHERE "id" = ${proof.id} AND "kind" = 'PLAN' FOR UPDATE`;
    if (!record) throw new NotFoundError("Pratinjau impor tidak ditemukan; mungkin sudah diterapkan atau dibatalkan.");
    if (record.expiresAt < clock.now()) throw new InvalidStateError("Pratinjau ini sudah kedaluwarsa (berlaku 30 menit). Unggah ulang berkas untuk pratinjau baru.");
    const stored = record.preview;
    if (stored.problemRows > 0) throw new InvalidStateError(`Berkas masih memiliki ${stored.problemRows} baris bermasalah. Perbaiki berkas lalu unggah ulang; tidak ada yang disimpan.`);

    const now = await checkPlanRows(tx, access, stored.sheetName, stored.raw);
    const refused = now.rows.find((r) => r.problems.length);
    if (refused) throw new ValidationError(`Baris ${refused.row}: ${refused.problems.join(" ")} Data berubah sejak pratinjau dibuat; tidak ada yang disimpan.`);
    if (JSON.stringify(now.rows.map(outcome)) !== JSON.stringify(stored.rows.map(outcome))) throw new ConflictError(CHANGED);
    const writes = now.rows.filter((r) => r.action === "create" || r.action === "update");
    if (writes.length === 0) throw new InvalidStateError("Tidak ada perubahan untuk diterapkan: semua langkah aksi di berkas sudah sama dengan rencana aksi.");

    const plan = await tx.actionPlan.upsert({ where: { assessmentId: access.id }, create: { assessmentId: access.id }, update: {}, select: { id: true } });
    const positions = new Map<string, number>();
    for (const row of writes) {
      if (row.action === "create") await createRow(tx, access, plan.id, row, positions);
      else await updateRow(tx, access, row);
    }
    const created = writes.filter((r) => r.action === "create").length;
    await recordAudit(tx, {
      actorId: user.id, action: "plan.import", entityType: "ActionPlan", entityId: plan.id, assessmentId: access.id, before: null,
      after: { fileName: record.fileName, sha256: record.sha256, created, updated: writes.length - created, rows: writes.map((r) => r.row) },
    });
    await tx.workbookImport.delete({ where: { id: proof.id } });
    return { assessmentId: access.id, created, updated: writes.length - created };
  }, { timeout: 120_000, maxWait: 10_000 });
}

/** What a row will do, compared between the preview and the check made when applying. */
function outcome(row: TPlanImportRow) {
  return [row.row, row.action, row.stepId, row.expectedVersion, row.nodeId, row.description, row.plannedOutput, row.expectedDocument, row.personId, row.plannedMonths, row.targetDate];
}

function checked(row: TPlanImportRow): TCheckedStep {
  const [itemId, entry] = row.expectedDocument ? row.expectedDocument.split(":") : [null, null];
  return {
    description: row.description, plannedOutput: row.plannedOutput, expectedItemId: itemId ?? null, expectedEntry: entry === null || entry === undefined ? null : Number(entry),
    personInChargeId: row.personId!, plannedMonths: row.plannedMonths, targetDate: new Date(`${row.targetDate}T00:00:00Z`),
  };
}

async function createRow(tx: TTransaction, access: TAssessmentAccess, planId: string, row: TPlanImportRow, positions: Map<string, number>) {
  const nodeId = row.nodeId!;
  const position = positions.get(nodeId) ?? (await tx.actionPlanStep.count({ where: { planId, nodeId } }));
  positions.set(nodeId, position + 1);
  const fields = checked(row);
  const step = await tx.actionPlanStep.create({ data: { planId, nodeId, position, ...fields }, select: { id: true } });
  await recordAudit(tx, {
    actorId: access.user.id, action: "plan.step.create", entityType: "ActionPlanStep", entityId: step.id, assessmentId: access.id,
    before: null, after: { ...auditedStep({ nodeId, ...fields }), importRow: row.row },
  });
}

async function updateRow(tx: TTransaction, access: TAssessmentAccess, row: TPlanImportRow) {
  const before = await tx.actionPlanStep.findUniqueOrThrow({ where: { id: row.stepId! } });
  const fields = checked(row);
  const saved = await tx.actionPlanStep.updateMany({ where: { id: before.id, version: row.expectedVersion! }, data: { ...fields, version: { increment: 1 } } });
  if (saved.count !== 1) throw new ConflictError(CHANGED);
  const { id: _id, planId: _plan, position: _pos, version: _v, createdAt: _c, updatedAt: _u, ...old } = before;
  await recordAudit(tx, {
    actorId: access.user.id, action: "plan.step.update", entityType: "ActionPlanStep", entityId: before.id, assessmentId: access.id,
    before: auditedStep(old), after: { ...auditedStep({ nodeId: before.nodeId, ...fields }), importRow: row.row },
  });
}
