import { isDeepStrictEqual } from "node:util";
import { prisma } from "@/lib/db";
import type { TLoadedCatalogue } from "@/lib/catalogue/queries";
import { toAnswerDto, toEngineAnswer } from "@/lib/assessments/answer-dto";
import { computeStoredScore, headlineScores, toNumeric } from "@/lib/assessments/compute-stored-score";
import { toRecord } from "@/lib/assessments/stored-score-record";
import type { TAnswerDto } from "@/lib/assessments/types";
import type { TAnswer } from "@/lib/scoring/types";
import type { TAckAnswer, TAckEvidence } from "./member-client";

// After the run: every acknowledged write is in the database exactly as acknowledged, the audit
// trail is complete and consistent, and every stored score equals a recomputation.

export type TVerdict = { lost: string[]; corrupted: string[]; auditMismatches: string[]; scoreMismatches: string[]; checked: Record<string, number> };

type TAuditAfter = Pick<TAnswerDto, "optionKey" | "inputs" | "surveyIndex" | "value" | "narrative" | "version">;
// jsonb keeps object keys in its own order: compare the counts by key.
const sortedCounts = (inputs: Record<string, number> | null) => (inputs ? Object.entries(inputs).sort(([a], [b]) => a.localeCompare(b)) : null);
const content = (a: TAuditAfter) => JSON.stringify([a.optionKey, sortedCounts(a.inputs), a.surveyIndex, a.value, a.narrative, a.version]);

export async function verifyWrites(args: { loaded: TLoadedCatalogue; assessmentIds: string[]; firstAuditId: bigint; answers: TAckAnswer[]; evidence: TAckEvidence[]; seededVersions: Map<string, number> }): Promise<TVerdict> {
  const verdict: TVerdict = { lost: [], corrupted: [], auditMismatches: [], scoreMismatches: [], checked: {} };
  const rows = await prisma.answer.findMany({ where: { assessmentId: { in: args.assessmentIds }, side: "SELF" } });
  const answerRows = new Map(rows.map((row) => [`${row.assessmentId}/${row.itemId}`, row]));
  const events = await prisma.auditEvent.findMany({ where: { id: { gte: args.firstAuditId }, action: "answer.save" }, orderBy: { id: "asc" } });
  const audited = new Map<string, { before: TAuditAfter | null; after: TAuditAfter }[]>();
  for (const event of events) {
    const key = `${event.assessmentId}/${event.itemId}`;
    audited.set(key, [...(audited.get(key) ?? []), { before: event.before as TAuditAfter | null, after: event.after as TAuditAfter }]);
  }

  // 1. Each acknowledged save: its audit event carries exactly what was acknowledged, and the row
  //    holds it unless a later version replaced it.
  for (const { assessmentId, answer } of args.answers) {
    const key = `${assessmentId}/${answer.itemId}`;
    const event = audited.get(key)?.find((e) => e.after.version === answer.version);
    const row = answerRows.get(key);
    if (!event || !row || row.version < answer.version) verdict.lost.push(`${key} v${answer.version}`);
    else if (content(event.after) !== content(answer)) verdict.corrupted.push(`${key} v${answer.version}: audit differs`);
    else if (row.version === answer.version && content(toAnswerDto(row)) !== content(answer)) verdict.corrupted.push(`${key} v${answer.version}: row differs`);
  }
  verdict.checked.acknowledgedSaves = args.answers.length;

  // 2. The audit trail of every answer: one event per version since the seed, each one's "before"
  //    the previous "after", the last "after" the row as stored.
  for (const [key, row] of answerRows) {
    const trail = audited.get(key) ?? [];
    const seeded = args.seededVersions.get(key) ?? 0;
    const versions = trail.map((e) => e.after.version);
    const expected = Array.from({ length: row.version - seeded }, (_, i) => seeded + 1 + i);
    if (JSON.stringify(versions) !== JSON.stringify(expected)) verdict.auditMismatches.push(`${key}: versions ${versions.join(",")} for row v${row.version}`);
    for (let i = 1; i < trail.length; i += 1) {
      if (content(trail[i]!.before!) !== content(trail[i - 1]!.after)) verdict.auditMismatches.push(`${key}: before of v${trail[i]!.after.version}`);
    }
    if (trail.length && content(trail.at(-1)!.after) !== content(toAnswerDto(row))) verdict.auditMismatches.push(`${key}: last event differs from the row`);
  }
  verdict.checked.auditEvents = events.length;

  // 3. Evidence: every acknowledged entry exists as acknowledged, with its audit event.
  const entries = new Map((await prisma.evidence.findMany({ where: { assessmentId: { in: args.assessmentIds } } })).map((e) => [e.id, e]));
  const evidenceEvents = new Set((await prisma.auditEvent.findMany({ where: { id: { gte: args.firstAuditId }, action: { in: ["evidence.link", "evidence.upload"] } }, select: { entityId: true } })).map((e) => e.entityId));
  for (const ack of args.evidence) {
    const entry = entries.get(ack.id);
    if (!entry || !evidenceEvents.has(ack.id)) verdict.lost.push(`evidence ${ack.id}`);
    else if (entry.title !== ack.title || entry.url !== ack.url || entry.kind !== ack.kind || entry.itemId !== ack.itemId) verdict.corrupted.push(`evidence ${ack.id}`);
  }
  verdict.checked.acknowledgedEvidence = args.evidence.length;

  // 4. Stored scores equal a recomputation from the stored answers.
  for (const assessmentId of args.assessmentIds) verdict.scoreMismatches.push(...(await scoreMismatches(args.loaded, assessmentId, rows.filter((r) => r.assessmentId === assessmentId))));
  verdict.checked.scoredAssessments = args.assessmentIds.length;
  return verdict;
}

type TAnswerRow = Awaited<ReturnType<typeof prisma.answer.findMany>>[number];

async function scoreMismatches(loaded: TLoadedCatalogue, assessmentId: string, rows: TAnswerRow[]): Promise<string[]> {
  const answers = new Map<string, TAnswer>(rows.map((row) => [loaded.itemsById.get(row.itemId)!.item.code, toEngineAnswer(row)]));
  const expected = computeStoredScore(loaded.catalogue, answers);
  const [score, nodes, assessment] = await Promise.all([
    prisma.assessmentScore.findUniqueOrThrow({ where: { assessmentId_side: { assessmentId, side: "SELF" } } }),
    prisma.nodeScore.findMany({ where: { assessmentId, side: "SELF" } }),
    prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId }, select: { answeredCount: true } }),
  ]);
  const problems: string[] = [];
  if (!isDeepStrictEqual(score.result, toRecord(expected))) problems.push(`${assessmentId}: stored record`);
  const headline = headlineScores(loaded.catalogue, expected);
  const columns = { total: score.total, pengungkit: score.pengungkit, hasil: score.hasil, pemenuhan: score.pemenuhan, reform: score.reform };
  for (const [name, value] of Object.entries(columns)) if (value.toFixed(20) !== headline[name as keyof typeof columns]) problems.push(`${assessmentId}: ${name}`);
  if (score.wbkMet !== headline.wbkMet || score.wbbmMet !== headline.wbbmMet || score.answered !== expected.answered) problems.push(`${assessmentId}: flags`);
  if (assessment.answeredCount !== expected.answered) problems.push(`${assessmentId}: answeredCount`);
  if (nodes.length !== Object.keys(expected.nodes).length) problems.push(`${assessmentId}: NodeScore rows`);
  for (const node of nodes) {
    const want = expected.nodes[node.nodeCode];
    if (!want || node.score.toFixed(20) !== toNumeric(want.score) || node.share.toFixed(20) !== toNumeric(want.share) || node.answered !== want.answered) {
      problems.push(`${assessmentId}: NodeScore ${node.nodeCode}`);
    }
  }
  return problems;
}
