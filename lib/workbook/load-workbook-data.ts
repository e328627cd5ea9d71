import "server-only";
import { prisma } from "@/lib/db";
import { can } from "@/lib/auth/policy";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { toEngineAnswer } from "@/lib/assessments/answer-dto";
import { STATUS_LABEL } from "@/lib/assessments/status-labels";
import { getCatalogue } from "@/lib/catalogue/queries";
import { clock } from "@/lib/clock";
import { formatDate } from "@/lib/format";
import { LAYOUT_VERSION } from "@/lib/workbook/layout";
import type { TLkeWorkbookData, TSideAnswer } from "@/lib/workbook/types";

/**
 * What one LKE workbook shows, for a reader of the assessment (the proof's assessment.read). The TPI's answers
 * and notes are included for the evaluators, and for everyone else once the review has started,
 * as on the overview page. `baseUrl` makes the bukti dukung file links absolute.
 */
export async function loadLkeWorkbookData(access: TAssessmentAccess, baseUrl: string): Promise<TLkeWorkbookData> {
  const { id: assessmentId } = access;
  const evaluatorVisible = can(access, "review.write") || !["DRAFT", "SUBMITTED"].includes(access.status);
  const [loaded, assessment, answers, evidence, notes, checks] = await Promise.all([
    getCatalogue(access.catalogueVersionId),
    prisma.assessment.findUniqueOrThrow({
      where: { id: assessmentId },
      select: {
        unit: { select: { name: true, agency: { select: { name: true } } } },
        period: { select: { name: true, year: true, catalogueVersion: { select: { code: true, version: true, checksum: true } } } },
      },
    }),
    prisma.answer.findMany({
      where: { assessmentId, ...(evaluatorVisible ? {} : { side: "SELF" }) },
      select: { itemId: true, side: true, optionKey: true, inputs: true, surveyIndex: true, narrative: true },
    }),
    prisma.evidence.findMany({
      where: { assessmentId, deletedAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true, itemId: true, kind: true, title: true, url: true },
    }),
    evaluatorVisible
      ? prisma.itemNote.findMany({ where: { assessmentId, side: "EVALUATOR" }, orderBy: { createdAt: "asc" }, select: { itemId: true, body: true, createdAt: true } })
      : [],
    evaluatorVisible ? prisma.preconditionCheck.findMany({ where: { assessmentId }, select: { label: true, met: true } }) : [],
  ]);
  const codeOf = (itemId: string) => loaded.itemsById.get(itemId)?.item.code;
  const self = new Map<string, TSideAnswer>();
  const evaluator = evaluatorVisible ? new Map<string, TSideAnswer>() : null;
  for (const row of answers) {
    const code = codeOf(row.itemId);
    if (code) (row.side === "SELF" ? self : evaluator)?.set(code, { answer: toEngineAnswer(row), narrative: row.narrative });
  }
  const evidenceLines = groupBy(evidence, (e) => codeOf(e.itemId), (e) => `${e.title} — ${e.kind === "LINK" ? e.url : new URL(`/api/bukti/${e.id}`, baseUrl).href}`);
  const noteLines = groupBy(notes, (n) => codeOf(n.itemId), (n) => `${formatDate(n.createdAt)}: ${n.body}`);
  const version = assessment.period.catalogueVersion;
  return {
    meta: {
      layout: LAYOUT_VERSION,
      assessmentId,
      unitId: access.unitId,
      unitName: assessment.unit.name,
      periodName: assessment.period.name,
      catalogueCode: version.code,
      catalogueVersion: version.version,
      catalogueChecksum: version.checksum,
      exportedAt: clock.now().toISOString(),
    },
    agencyName: assessment.unit.agency.name,
    periodYear: assessment.period.year,
    statusLabel: STATUS_LABEL[access.status],
    catalogue: loaded.catalogue,
    self,
    evaluator,
    evidence: evidenceLines,
    evaluatorNotes: noteLines,
    preconditions: Object.fromEntries(checks.map((c) => [c.label, c.met])),
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string | undefined, line: (row: T) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const row of rows) {
    const code = key(row);
    if (!code) continue;
    const list = groups.get(code) ?? [];
    list.push(line(row));
    groups.set(code, list);
  }
  return groups;
}
