import "server-only";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EvidenceKind } from "@/lib/generated/prisma/enums";
import type { TSessionUser } from "@/lib/auth/load-user";
import { NotFoundError } from "@/lib/errors";
import { assessmentRowSql, grantedSql, toAssessmentAccess, type TAssessmentAccess, type TAuthorizeOptions } from "@/lib/access/assessment-access";
import { seal, type TProof } from "@/lib/access/seal";

type TEvidenceRow = { id: string; itemId: string; kind: EvidenceKind; title: string; currentVersion: number };

/** Proof that the user may read or change one live evidence entry: its assessment's proof and the entry. */
export type TEvidenceAccess = TProof<"evidence", { assessment: TAssessmentAccess; evidence: TEvidenceRow }>;

/**
 * A live (not deleted) evidence entry with its assessment, loaded with the user's scope and the
 * permission in the query; the assessment comes from the entry, never from the client. `lock`
 * locks the assessment row, as every evidence change does.
 */
export async function authorizeEvidence(
  user: TSessionUser, evidenceId: string, permission: "evidence.read" | "evidence.write" | "public.publish", options: TAuthorizeOptions = {},
): Promise<TEvidenceAccess> {
  const db = options.tx ?? prisma;
  const columns = Prisma.sql`, e."id" AS "evidenceId", e."itemId", e."kind"::text AS "kind", e."title", e."currentVersion"`;
  const from = Prisma.sql`FROM "Evidence" e JOIN "Assessment" a ON a."id" = e."assessmentId"
    JOIN "Unit" u ON u."id" = a."unitId" JOIN "Period" p ON p."id" = a."periodId"`;
  const rows = await db.$queryRaw<(Parameters<typeof toAssessmentAccess>[2] & { evidenceId: string } & Omit<TEvidenceRow, "id">)[]>`
    ${assessmentRowSql(user, columns, from)}
    WHERE e."id" = ${evidenceId} AND e."deletedAt" IS NULL AND ${grantedSql(permission)}
    ${options.lock ? Prisma.sql`FOR UPDATE OF a` : Prisma.empty}`;
  const row = rows[0];
  if (!row) throw new NotFoundError("Bukti dukung tidak ditemukan.");
  const { evidenceId: id, itemId, kind, title, currentVersion, ...assessment } = row;
  return seal("evidence", {
    assessment: toAssessmentAccess(user, permission, assessment),
    evidence: { id, itemId, kind, title, currentVersion },
  });
}
