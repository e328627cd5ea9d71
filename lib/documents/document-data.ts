import "server-only";
import { prisma } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { composeLhe } from "@/lib/review/lhe-store";
import type { TLhe } from "@/lib/review/lhe-types";
import { getDocumentSettings, readLogo } from "@/lib/agency-settings/queries";
import { clock } from "@/lib/clock";
import { issuedOf, type TIssued } from "@/lib/documents/issued";
import type { TLetterhead } from "@/lib/documents/pdf/layout";
import { findUnitHead, signerOfApprover } from "@/lib/documents/signers";

export type TEvaluationDocument = {
  lhe: TLhe;
  final: boolean;
  /** Null before finalisation (and for evaluations finalised before numbering existed). */
  lheNumber: string | null;
  beritaAcaraNumber: string | null;
  /** The finalisation date, or today for a draft. */
  issuedAt: Date;
  issued: TIssued;
  letterhead: TLetterhead;
  agencyName: string;
  unit: { name: string; code: string };
  year: number;
};

/**
 * Everything the LHE and the Berita Acara print, for anyone who may read the assessment (the
 * same readers as the LHE page). Final: the frozen LHE with its numbers, place and signatories;
 * before that: the live LHE, marked as a draft by the renderer.
 */
export async function getEvaluationDocument(access: TAssessmentAccess): Promise<TEvaluationDocument> {
  const [assessment, reports] = await Promise.all([
    prisma.assessment.findUniqueOrThrow({
      where: { id: access.id },
      select: { unit: { select: { id: true, name: true, code: true, agency: { select: { id: true, name: true } } } }, period: { select: { year: true } } },
    }),
    prisma.report.findMany({ where: { assessmentId: access.id }, select: { kind: true, number: true, content: true, finalizedAt: true } }),
  ]);
  const lheReport = reports.find((r) => r.kind === "LHE");
  const baReport = reports.find((r) => r.kind === "BERITA_ACARA");
  const final = Boolean(lheReport?.finalizedAt);
  const lhe = final ? (lheReport!.content as unknown as TLhe) : await composeLhe(access);
  const settings = await getDocumentSettings(access);
  const issued = (final ? issuedOf(lheReport!.content) : null) ?? {
    place: settings.place, approver: signerOfApprover(settings), unitHead: await findUnitHead(access, prisma),
  };
  return {
    lhe,
    final,
    lheNumber: lheReport?.number ?? null,
    beritaAcaraNumber: baReport?.number ?? null,
    issuedAt: final ? lheReport!.finalizedAt! : clock.now(),
    issued,
    letterhead: { lines: settings.letterheadLines, address: settings.address, logo: await readLogo(settings), logoMime: settings.logoMime },
    agencyName: assessment.unit.agency.name,
    unit: { name: assessment.unit.name, code: assessment.unit.code },
    year: assessment.period.year,
  };
}
