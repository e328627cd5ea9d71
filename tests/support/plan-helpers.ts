import { Readable } from "node:stream";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { createStep } from "@/lib/plans/step-mutations";
import { uploadPlanFile } from "@/lib/plans/upload-plan-file";
import type { TWorld } from "@/tests/support/fixtures";

// Calls the same server-side functions the rencana aksi actions and upload route call.

/** The catalogue node (indicator) id of a code, in the world's catalogue version. */
export async function nodeId(world: TWorld, code: string): Promise<string> {
  const node = await prisma.catalogueNode.findFirstOrThrow({ where: { versionId: world.catalogueVersionId, code }, select: { id: true } });
  return node.id;
}

export function stepInput(overrides: Record<string, unknown> = {}) {
  return {
    assessmentId: "asm-a", description: "Membentuk Tim Kerja ZI melalui rapat", plannedOutput: "SK Tim Kerja dan notula rapat",
    expectedDocument: "", personInChargeId: "member-a", plannedMonths: [1, 2], targetDate: "2026-02-28", ...overrides,
  };
}

export async function addStep(world: TWorld, user: TSessionUser, code = "A.I.1.1", overrides: Record<string, unknown> = {}) {
  return createStep(user, stepInput({ nodeId: await nodeId(world, code), ...overrides }));
}

export function uploadToStep(user: TSessionUser, stepId: string, data: Buffer, fileName = "notula.pdf", month = 1) {
  return uploadPlanFile(user, { stepId, month, fileName }, Readable.from([data]));
}

/** What a plan write leaves behind, to compare before and after a refused one. */
export async function planState() {
  const [steps, realisations, files, audit] = await Promise.all([
    prisma.actionPlanStep.findMany({ orderBy: { id: "asc" } }),
    prisma.actionPlanRealisation.count(),
    prisma.actionPlanFile.count(),
    prisma.auditEvent.count(),
  ]);
  return { steps, realisations, files, audit };
}
