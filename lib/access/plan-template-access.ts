import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { NotFoundError } from "@/lib/errors";
import { grantsFor } from "@/lib/access/grants";
import { agencyWhere } from "@/lib/access/grant-where";
import { seal, type TProof } from "@/lib/access/seal";

// A templat rencana aksi belongs to one agency: its admins (and the installation's) manage it.
// The step is loaded with that scope in the query, so another agency's step answers 404.

type TTemplateStepRow = { id: string; agencyId: string; catalogueVersionId: string; nodeId: string; version: number };

/** Proof that the user manages the agency's template this step belongs to. */
export type TPlanTemplateStepAccess = TProof<"planTemplateStep", { user: TSessionUser; step: TTemplateStepRow }>;

export async function authorizePlanTemplateStep(user: TSessionUser, stepId: string, options: { tx?: TTransaction } = {}): Promise<TPlanTemplateStepAccess> {
  const step = await (options.tx ?? prisma).planTemplateStep.findFirst({
    where: { id: stepId, agency: agencyWhere(grantsFor(user, "plan.template.manage")) },
    select: { id: true, agencyId: true, catalogueVersionId: true, nodeId: true, version: true },
  });
  if (!step) throw new NotFoundError("Langkah templat rencana aksi tidak ditemukan.");
  return seal("planTemplateStep", { user, step });
}
