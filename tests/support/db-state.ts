import { prisma } from "@/lib/db";

// What a refused write must leave exactly as it was: answers, stored scores, counters, audit trail.
// Decimals and dates are turned into plain values so two snapshots compare with toEqual.

export async function snapshotWritableState() {
  const [answers, scores, nodeScores, assessments, auditCount] = await Promise.all([
    prisma.answer.findMany({ orderBy: [{ assessmentId: "asc" }, { side: "asc" }, { itemId: "asc" }] }),
    prisma.assessmentScore.findMany({ orderBy: [{ assessmentId: "asc" }, { side: "asc" }] }),
    prisma.nodeScore.findMany({ orderBy: [{ assessmentId: "asc" }, { side: "asc" }, { nodeCode: "asc" }] }),
    prisma.assessment.findMany({
      orderBy: { id: "asc" },
      select: { id: true, status: true, answeredCount: true, lastActivityAt: true },
    }),
    prisma.auditEvent.count(),
  ]);
  return {
    answers: answers.map((a) => ({
      ...a,
      surveyIndex: a.surveyIndex === null ? null : Number(a.surveyIndex),
      updatedAt: a.updatedAt.toISOString(),
    })),
    scores: scores.map((s) => ({ ...s, computedAt: s.computedAt.toISOString() })),
    nodeScores,
    assessments: assessments.map((a) => ({ ...a, lastActivityAt: a.lastActivityAt.toISOString() })),
    auditCount,
  };
}

/** The rejection of a promise, or null when it resolved (so `toBeInstanceOf` fails readably). */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error | null> {
  return promise.then(
    () => null,
    (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
  );
}
