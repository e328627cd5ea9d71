import "server-only";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { can } from "@/lib/auth/policy";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { clock } from "@/lib/clock";
import { REVIEWABLE } from "@/lib/review/policy";
import { windowState } from "@/lib/review/windows";
import { f02CatalogueOf } from "@/lib/pekppp/f02-items";
import { evidenceItemOf, withEvidence, type TF01EvidenceItem } from "@/lib/pekppp/f01-sheet";
import { listItemEvidence } from "@/lib/evidence/queries";

export type TTeamSheetRow = {
  itemId: string;
  code: string;
  aspectCode: string;
  text: string;
  levels: { level: number; description: string }[];
  own: { level: number; note: string } | null;
  /** Other evaluators' levels: only once the viewer has sent their own, and only those sent. */
  others: { evaluator: string; level: number; note: string }[];
  /** Lowest and highest sent level (the spread the lead agrees from); null while none is visible. */
  spread: { min: number; max: number } | null;
  agreed: { level: number; note: string } | null;
  /** The unit's bukti dukung for the indicator (its F-01 evidence item), read-only here. */
  evidence: TF01EvidenceItem | null;
};

export type TTeamSheet = {
  unitName: string;
  periodName: string;
  /** Scores may be written (the assessment is with the evaluators, inside the review window). */
  writable: boolean;
  final: boolean;
  rows: TTeamSheetRow[];
  team: { id: string; name: string; role: "LEAD" | "MEMBER"; submitted: boolean }[];
  viewerSubmitted: boolean;
  isLead: boolean;
  minEvaluators: number;
};

/**
 * An evaluator's F-02 sheet. Each evaluator scores alone: until they send their own form they see
 * only their own levels; after that, the levels others have sent, with the spread per indicator.
 */
export async function getTeamSheet(user: TSessionUser, assessmentId: string): Promise<TTeamSheet> {
  const access = await authorizeAssessment(user, assessmentId, "review.read");
  const catalogue = await f02CatalogueOf(access);
  const evidenceItems = new Map(catalogue.items.flatMap(({ id, indicator }) => {
    const item = evidenceItemOf(indicator);
    return item ? [[id, { itemId: catalogue.loaded.itemIdByCode.get(item.code)!, item }] as const] : [];
  }));
  const [evidence, header, scores, submissions, agreed, team] = await Promise.all([
    listItemEvidence(access, [...new Set([...evidenceItems.values()].map((entry) => entry.itemId))]),
    prisma.assessment.findUniqueOrThrow({ where: { id: access.id }, select: { unit: { select: { name: true } }, period: { select: { name: true } } } }),
    prisma.evaluatorScore.findMany({ where: { assessmentId: access.id }, select: { itemId: true, evaluatorId: true, level: true, note: true } }),
    prisma.evaluatorSubmission.findMany({ where: { assessmentId: access.id }, select: { evaluatorId: true } }),
    prisma.agreedScore.findMany({ where: { assessmentId: access.id }, select: { itemId: true, level: true, note: true } }),
    prisma.evaluatorAssignment.findMany({ where: { assessmentId: access.id }, orderBy: [{ role: "asc" }, { createdAt: "asc" }], select: { role: true, user: { select: { id: true, name: true } } } }),
  ]);
  const sent = new Set(submissions.map((row) => row.evaluatorId));
  const viewerSubmitted = sent.has(user.id);
  const names = new Map(team.map((member) => [member.user.id, member.user.name]));
  const agreedById = new Map(agreed.map((row) => [row.itemId, row]));
  const rows = catalogue.items.map(({ id, item, aspectCode }): TTeamSheetRow => {
    const ofItem = scores.filter((score) => score.itemId === id);
    const own = ofItem.find((score) => score.evaluatorId === user.id);
    const visible = viewerSubmitted ? ofItem.filter((score) => score.evaluatorId !== user.id && sent.has(score.evaluatorId)) : [];
    const spreadOf = [...visible, ...(own && viewerSubmitted ? [own] : [])].map((score) => score.level);
    const agreedRow = agreedById.get(id);
    return {
      itemId: id, code: item.code, aspectCode, text: item.text,
      levels: item.options.map((option) => ({ level: Number(option.key), description: option.label })),
      own: own ? { level: own.level, note: own.note } : null,
      others: visible.map((score) => ({ evaluator: names.get(score.evaluatorId) ?? "Evaluator", level: score.level, note: score.note })),
      spread: spreadOf.length ? { min: Math.min(...spreadOf), max: Math.max(...spreadOf) } : null,
      agreed: agreedRow ? { level: agreedRow.level, note: agreedRow.note } : null,
      evidence: withEvidence(evidenceItems.get(id), evidence, { planOffers: [] }),
    };
  });
  return {
    unitName: header.unit.name,
    periodName: header.period.name,
    writable: REVIEWABLE.includes(access.status) && windowState(access.windows, "REVIEW", clock.now()) === "open",
    final: access.status === "FINAL",
    rows,
    team: team.map((member) => ({ id: member.user.id, name: member.user.name, role: member.role, submitted: sent.has(member.user.id) })),
    viewerSubmitted,
    isLead: can(access, "review.lead"),
    minEvaluators: catalogue.rules.minEvaluators,
  };
}
