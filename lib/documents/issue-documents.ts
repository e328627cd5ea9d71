import "server-only";
import type { TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { formatReportNumber } from "@/lib/agency-settings/report-number";
import { getDocumentSettings } from "@/lib/agency-settings/queries";
import type { ReportKind } from "@/lib/generated/prisma/enums";
import { calendarParts } from "@/lib/documents/indonesian-words";
import { findUnitHead, signerOfApprover } from "@/lib/documents/signers";
import type { TIssued } from "@/lib/documents/issued";

/**
 * The next {urut} of the assessment's agency's year for a kind of report. The upsert locks the
 * counter row until the caller's transaction ends, so concurrent finalisations never share a number.
 */
export async function nextSequence(tx: TTransaction, access: TAssessmentAccess, year: number, kind: ReportKind): Promise<number> {
  const { agencyId } = access;
  const rows = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "ReportSequence" ("agencyId", "year", "kind", "last") VALUES (${agencyId}, ${year}, ${kind}::"ReportKind", 1)
    ON CONFLICT ("agencyId", "year", "kind") DO UPDATE SET "last" = "ReportSequence"."last" + 1
    RETURNING "last"`;
  return rows[0]!.last;
}

/**
 * At finalisation (inside its transaction, after the LHE is frozen): numbers the LHE and the
 * Berita Acara from the agency's patterns and fixes place and signatories, so a reprint years
 * later shows the same document.
 */
export async function issueDocuments(access: TAssessmentAccess, tx: TTransaction, at: Date) {
  const assessment = await tx.assessment.findUniqueOrThrow({ where: { id: access.id }, select: { unit: { select: { id: true, code: true, agencyId: true } } } });
  const settings = await getDocumentSettings(access, tx);
  const { year, month } = calendarParts(at);
  const number = async (kind: ReportKind, pattern: string) =>
    formatReportNumber(pattern, { sequence: await nextSequence(tx, access, year, kind), year, month, unitCode: assessment.unit.code });
  const issued: TIssued = { place: settings.place, approver: signerOfApprover(settings), unitHead: await findUnitHead(access, tx) };

  const lhe = await tx.report.findUniqueOrThrow({ where: { assessmentId_kind: { assessmentId: access.id, kind: "LHE" } } });
  const lheNumber = await number("LHE", settings.lheNumberPattern);
  await tx.report.update({ where: { id: lhe.id }, data: { number: lheNumber, content: { ...(lhe.content as object), issued } } });
  const baNumber = await number("BERITA_ACARA", settings.baNumberPattern);
  const ba = await tx.report.upsert({
    where: { assessmentId_kind: { assessmentId: access.id, kind: "BERITA_ACARA" } },
    create: { assessmentId: access.id, kind: "BERITA_ACARA", number: baNumber, content: { issued }, finalizedAt: at },
    update: { number: baNumber, content: { issued }, finalizedAt: at },
  });
  await recordAudit(tx, {
    actorId: access.user.id, action: "report.issue", entityType: "Report", entityId: ba.id, assessmentId: access.id,
    after: { lheNumber, beritaAcaraNumber: baNumber, place: issued.place, issuedAt: at.toISOString() },
  });
}
