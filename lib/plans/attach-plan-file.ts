import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizePlanFile } from "@/lib/access/plan-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { ConflictError, ValidationError } from "@/lib/errors";
import { refreshEvidencedCount } from "@/lib/evidence/counters";
import { EVIDENCE_DTO_INCLUDE, toEvidenceDto } from "@/lib/evidence/evidence-dto";
import { tickExpectedDocument } from "@/lib/evidence/expected-document";
import { assertEvidenceWritable } from "@/lib/evidence/policy";
import type { TEvidenceDto } from "@/lib/evidence/types";
import { parseInput } from "@/lib/validation";
import { ZAttachPlanFile } from "@/lib/plans/schemas";

/**
 * One click on an LKE item: a file a plan step produced becomes bukti dukung of one of the step's
 * indicator's items. The entry shares the step's stored blob and remembers the step, so the item
 * shows which langkah aksi produced it. Evidence rules apply (lib/evidence/policy.ts).
 */
export async function attachPlanFile(user: TSessionUser, rawInput: unknown): Promise<TEvidenceDto> {
  const input = parseInput(ZAttachPlanFile, rawInput);
  return prisma.$transaction(async (tx) => {
    const { assessment: access, file } = await authorizePlanFile(user, input.fileId, "evidence.write", { tx, lock: true });
    await assertEvidenceWritable(access, tx, input.itemId);
    const step = await tx.actionPlanStep.findUniqueOrThrow({
      where: { id: file.stepId }, select: { id: true, description: true, expectedItemId: true, expectedEntry: true, node: { select: { code: true } } },
    });
    const ref = (await getCatalogue(access.catalogueVersionId)).itemsById.get(input.itemId);
    if (!ref || ref.indicator.code !== step.node.code) {
      throw new ValidationError("Berkas langkah aksi hanya dapat dilampirkan pada butir indikator langkah aksi tersebut.");
    }
    const already = await tx.evidence.count({ where: { assessmentId: access.id, itemId: ref.id, kind: "FILE", deletedAt: null, versions: { some: { blobId: file.blobId } } } });
    if (already) throw new ConflictError(`Berkas '${file.fileName}' sudah menjadi bukti dukung butir ini.`);

    const expectedEntry = step.expectedItemId === ref.id ? step.expectedEntry : null;
    const saved = await tx.evidence.create({
      data: {
        assessmentId: access.id, itemId: ref.id, kind: "FILE", title: file.fileName, createdById: user.id, planStepId: step.id, expectedEntry,
        versions: { create: { version: 1, blobId: file.blobId, fileName: file.fileName, createdById: user.id } },
      },
      include: EVIDENCE_DTO_INCLUDE,
    });
    if (expectedEntry !== null) await tickExpectedDocument(access, tx, ref.id, expectedEntry);
    await refreshEvidencedCount(access, tx);
    await recordAudit(tx, {
      actorId: user.id, action: "evidence.from-plan", entityType: "Evidence", entityId: saved.id, assessmentId: access.id, itemId: ref.id,
      before: null, after: { title: saved.title, planStepId: step.id, planFileId: file.id, blobId: file.blobId, expectedEntry },
    });
    return toEvidenceDto(saved);
  });
}
