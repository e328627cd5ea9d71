import "server-only";
import type { TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { getCatalogue } from "@/lib/catalogue/queries";
import { ValidationError } from "@/lib/errors";
import type { TStepFields } from "@/lib/plans/schemas";

export type TCheckedStep = {
  description: string;
  plannedOutput: string;
  expectedItemId: string | null;
  expectedEntry: number | null;
  personInChargeId: string;
  plannedMonths: number[];
  targetDate: Date;
};

/**
 * The rules a step's fields must meet beyond their shape: the node is an indicator of the
 * assessment's catalogue version, the expected document is one of that indicator's items', the
 * person in charge works in the unit. Each refusal names its field, in Indonesian.
 */
export async function checkStep(tx: TTransaction, access: TAssessmentAccess, nodeId: string, fields: TStepFields): Promise<TCheckedStep> {
  const node = await tx.catalogueNode.findFirst({ where: { id: nodeId, versionId: access.catalogueVersionId }, select: { code: true } });
  const loaded = await getCatalogue(access.catalogueVersionId);
  if (!node || !loaded.nodesByCode.get(node.code)?.items.length) {
    throw new ValidationError("Langkah aksi hanya dapat dibuat untuk indikator katalog LKE periode ini.", { nodeId: "Indikator tidak termasuk katalog LKE periode ini." });
  }

  let expectedItemId: string | null = null;
  let expectedEntry: number | null = null;
  if (fields.expectedDocument) {
    const [itemId, entry] = fields.expectedDocument.split(":");
    const ref = loaded.itemsById.get(itemId!);
    if (!ref || ref.indicator.code !== node.code || ref.item.expectedEvidence[Number(entry)] === undefined) {
      throw new ValidationError("Dokumen yang diharapkan harus salah satu dokumen butir indikator ini.", { expectedDocument: "Pilih dokumen dari butir indikator ini." });
    }
    expectedItemId = ref.id;
    expectedEntry = Number(entry);
  }

  const person = await tx.roleAssignment.findFirst({
    where: { userId: fields.personInChargeId, unitId: access.unitId, role: { in: ["UNIT_MEMBER", "UNIT_HEAD"] }, user: { active: true } },
    select: { userId: true },
  });
  if (!person) throw new ValidationError("Penanggung jawab harus pegawai unit ini.", { personInChargeId: "Pilih pegawai unit ini." });

  return {
    description: fields.description,
    plannedOutput: fields.plannedOutput,
    expectedItemId,
    expectedEntry,
    personInChargeId: person.userId,
    plannedMonths: [...fields.plannedMonths].sort((a, b) => a - b),
    targetDate: new Date(`${fields.targetDate}T00:00:00Z`),
  };
}

/** What the audit trail keeps of a step (JSON-safe). */
export function auditedStep(step: TCheckedStep & { nodeId: string }) {
  return { ...step, targetDate: step.targetDate.toISOString().slice(0, 10) };
}
