import "server-only";
import type { prisma, TTransaction } from "@/lib/db";
import type { TAssessmentScope } from "@/lib/assessments/access";
import { clock } from "@/lib/clock";
import { assertSelfItemWritable } from "@/lib/review/policy";

/**
 * Evidence follows the answers (lib/review/policy.ts): the unit may add, rename, replace or
 * delete an item's evidence exactly when it may change that item's answer: in draft while the
 * self-assessment window is open, and in revision only on items the TPI sent back.
 */
export async function assertEvidenceWritable(db: TTransaction | typeof prisma, scope: TAssessmentScope, itemId: string) {
  const review = await db.itemReview.findUnique({
    where: { assessmentId_itemId: { assessmentId: scope.id, itemId } },
    select: { verdict: true },
  });
  assertSelfItemWritable(scope, review?.verdict ?? null, clock.now());
}
