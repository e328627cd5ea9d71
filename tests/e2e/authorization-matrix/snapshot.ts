import type pg from "pg";
import { FOREIGN } from "./world";

// Everything of the other agency a call could change, row by row, and the installation's
// catalogue: compared before and after the calls that may not write there.

const IN_AGENCY = `(SELECT "id" FROM "Assessment" WHERE "periodId" IN (SELECT "id" FROM "Period" WHERE "agencyId" = $1))`;
const TABLES: Record<string, string> = {
  Agency: `"id" = $1`,
  Unit: `"agencyId" = $1`,
  Period: `"agencyId" = $1`,
  PeriodWindow: `"periodId" IN (SELECT "id" FROM "Period" WHERE "agencyId" = $1)`,
  RoleAssignment: `"unitId" IN (SELECT "id" FROM "Unit" WHERE "agencyId" = $1)`,
  Assessment: `"id" IN ${IN_AGENCY}`,
  Answer: `"assessmentId" IN ${IN_AGENCY}`,
  AssessmentScore: `"assessmentId" IN ${IN_AGENCY}`,
  NodeScore: `"assessmentId" IN ${IN_AGENCY}`,
  Evidence: `"assessmentId" IN ${IN_AGENCY}`,
  EvidenceVersion: `"evidenceId" IN (SELECT "id" FROM "Evidence" WHERE "assessmentId" IN ${IN_AGENCY})`,
  EvidenceBlob: `"assessmentId" IN ${IN_AGENCY}`,
  EvidenceChecklistTick: `"assessmentId" IN ${IN_AGENCY}`,
  ItemReview: `"assessmentId" IN ${IN_AGENCY}`,
  ItemNote: `"assessmentId" IN ${IN_AGENCY}`,
  EvaluatorAssignment: `"assessmentId" IN ${IN_AGENCY}`,
  PreconditionCheck: `"assessmentId" IN ${IN_AGENCY}`,
  Report: `"assessmentId" IN ${IN_AGENCY}`,
  AuditEvent: `"assessmentId" IN ${IN_AGENCY}`,
  WorkbookImport: `"assessmentId" IN ${IN_AGENCY}`,
  PublicStatement: `"assessmentId" IN ${IN_AGENCY}`,
  PublicServiceEntry: `"assessmentId" IN ${IN_AGENCY}`,
  AgencyDocumentSettings: `"agencyId" = $1`,
  ReportSequence: `"agencyId" = $1`,
  CatalogueVersion: `$1::text IS NOT NULL`,
};

export async function snapshotForeign(db: pg.Pool): Promise<Record<string, string[]>> {
  const snapshot: Record<string, string[]> = {};
  for (const [table, where] of Object.entries(TABLES)) {
    const { rows } = await db.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM "${table}" t WHERE ${where}`, [FOREIGN.agencyId]);
    snapshot[table] = rows.map((r) => r.row).sort();
  }
  return snapshot;
}

/** Audit events written by these users since a moment: what they changed anywhere. */
export async function writtenBy(db: pg.Pool, userIds: string[], since: Date): Promise<string[]> {
  const { rows } = await db.query<{ actorId: string; action: string }>(
    `SELECT "actorId", "action" FROM "AuditEvent" WHERE "actorId" = ANY($1) AND "at" >= $2::timestamptz AT TIME ZONE 'UTC'`,
    [userIds, since.toISOString()],
  );
  return rows.map((r) => `${r.actorId}: ${r.action}`);
}
