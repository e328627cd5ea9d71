import "server-only";
import type { TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { formatReportNumber } from "@/lib/agency-settings/report-number";
import { getDocumentSettings } from "@/lib/agency-settings/queries";
import { calendarParts } from "@/lib/documents/indonesian-words";
import { nextSequence } from "@/lib/documents/issue-documents";

/**
 * The number of a PEKPPP Berita Acara, inside the finalisation's transaction: the agency's pattern
 * filled from its own sequence for the year of `at` (unique per agency and year: the counter row
 * stays locked until the transaction ends). Issued once: an evaluation that has one keeps it.
 */
export async function issueBeritaAcaraNumber(tx: TTransaction, access: TAssessmentAccess, at: Date): Promise<string> {
  const existing = await tx.indexResult.findUnique({ where: { assessmentId: access.id }, select: { beritaAcaraNumber: true } });
  if (existing?.beritaAcaraNumber) return existing.beritaAcaraNumber;
  const { unit } = await tx.assessment.findUniqueOrThrow({ where: { id: access.id }, select: { unit: { select: { code: true } } } });
  const settings = await getDocumentSettings(access, tx);
  const { year, month } = calendarParts(at);
  const sequence = await nextSequence(tx, access, year, "PEKPPP_BERITA_ACARA");
  return formatReportNumber(settings.pekpppBaNumberPattern, { sequence, year, month, unitCode: unit.code });
}
