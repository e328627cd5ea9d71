import "server-only";
import type { prisma, TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import type { TDocumentSettings } from "@/lib/agency-settings/defaults";
import type { TSigner } from "@/lib/documents/pdf/layout";

export function signerOfApprover(settings: TDocumentSettings): TSigner | null {
  if (!settings.approverName) return null;
  return { role: settings.approverTitle || "Pejabat yang menetapkan", name: settings.approverName, nip: settings.approverNip || null };
}

/** The head (Kepala) of the assessment's unit, who signs its Berita Acara; the first by name if several. */
export async function findUnitHead(access: TAssessmentAccess, db: TTransaction | typeof prisma): Promise<TSigner | null> {
  const head = await db.roleAssignment.findFirst({
    where: { unitId: access.unitId, role: "UNIT_HEAD", user: { active: true } },
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { name: true, nip: true } }, unit: { select: { name: true } } },
  });
  if (!head) return null;
  return { role: `Kepala ${head.unit?.name ?? "Unit"}`, name: head.user.name, nip: head.user.nip };
}
