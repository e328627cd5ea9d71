import "server-only";
import type { prisma, TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { clock } from "@/lib/clock";
import { assertSelfItemWritable } from "@/lib/review/policy";

/**
 * Evidence follows the answers (lib/review/policy.ts): the unit may add, rename, replace or
 * delete an item's evidence exactly when it may change that item's answer: in draft while the
 * self-assessment window is open, and in revision only on items the TPI sent back.
 */
export async function assertEvidenceWritable(access: TAssessmentAccess, db: TTransaction | typeof prisma, itemId: string) {
  const review = await db.itemReview.findUnique({
    where: { assessmentId_itemId: { assessmentId: access.id, itemId } },
    select: { verdict: true },
  });
  assertSelfItemWritable(access, review?.verdict ?? null, clock.now());
}
