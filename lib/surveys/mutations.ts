import "server-only";
import { randomBytes, randomInt } from "node:crypto";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { authorizeSurvey } from "@/lib/access/survey-access";
import { recordAudit } from "@/lib/audit/record-audit";
import { ConflictError, InvalidStateError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";
import { questionnaireServes } from "@/lib/surveys/questionnaire-serves";
import type { TCatalogue } from "@/lib/scoring/types";
import { ZCreateSurvey, ZGenerateTokens, ZSetSurveyStatus } from "@/lib/surveys/schemas";

// What a unit does with its surveys: create one per questionnaire for its LKE, open and close it,
// hand out single-use tokens. Each is audited in its transaction. Responses are never changed here.

const slugOf = () => randomBytes(12).toString("base64url");
// No 0/O, 1/I/L: codes are read from paper.
const TOKEN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const tokenCode = () => Array.from({ length: 8 }, () => TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)]).join("");

/** A survey of one questionnaire for the unit's LKE of a period, still closed (DRAFT). */
export async function createSurvey(user: TSessionUser, rawInput: unknown): Promise<{ surveyId: string }> {
  const input = parseInput(ZCreateSurvey, rawInput);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeAssessment(user, input.assessmentId, "survey.manage", { tx, lock: true });
    const [questionnaire, assessed] = await Promise.all([
      tx.catalogueVersion.findUnique({ where: { id: input.catalogueVersionId }, select: { instrument: true, code: true, document: true } }),
      tx.catalogueVersion.findUniqueOrThrow({ where: { id: access.catalogueVersionId }, select: { instrument: true } }),
    ]);
    if (questionnaire?.instrument !== "QUESTIONNAIRE") {
      throw new ValidationError("Kuesioner tidak ditemukan.", { catalogueVersionId: "Pilih kuesioner survei." });
    }
    if (!questionnaireServes((questionnaire.document as Pick<TCatalogue, "questionnaire">).questionnaire, assessed.instrument)) {
      throw new ValidationError("Kuesioner ini bukan untuk instrumen penilaian ini.", { catalogueVersionId: "Pilih kuesioner yang berlaku untuk penilaian ini." });
    }
    const existing = await tx.survey.count({ where: { assessmentId: access.id, catalogueVersion: { code: questionnaire.code } } });
    if (existing) throw new ConflictError(`Survei ${questionnaire.code} untuk LKE ini sudah ada.`);
    const survey = await tx.survey.create({
      data: { assessmentId: access.id, catalogueVersionId: input.catalogueVersionId, slug: slugOf(), targetSample: input.targetSample, tokenRequired: input.tokenRequired, createdById: user.id },
      select: { id: true, slug: true },
    });
    await recordAudit(tx, {
      actorId: user.id, action: "survey.create", entityType: "Survey", entityId: survey.id, assessmentId: access.id,
      after: { questionnaire: questionnaire.code, targetSample: input.targetSample, tokenRequired: input.tokenRequired },
    });
    return { surveyId: survey.id };
  });
}

/** Opens or closes a survey to respondents; refused when someone changed it since it was shown. */
export async function setSurveyStatus(user: TSessionUser, rawInput: unknown): Promise<{ status: "OPEN" | "CLOSED"; version: number }> {
  const input = parseInput(ZSetSurveyStatus, rawInput);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeSurvey(user, input.surveyId, "survey.manage", { tx, lock: true });
    const { survey } = access;
    if (survey.version !== input.expectedVersion) throw new ConflictError("Status survei baru saja diubah orang lain. Muat ulang halaman.");
    if (survey.status === input.status) throw new InvalidStateError(input.status === "OPEN" ? "Survei sudah dibuka." : "Survei sudah ditutup.");
    const now = new Date();
    const updated = await tx.survey.update({
      where: { id: survey.id },
      data: { status: input.status, version: { increment: 1 }, ...(input.status === "OPEN" ? { openedAt: now, closedAt: null } : { closedAt: now }) },
      select: { version: true },
    });
    await recordAudit(tx, {
      actorId: user.id, action: input.status === "OPEN" ? "survey.open" : "survey.close", entityType: "Survey", entityId: survey.id,
      assessmentId: access.assessment.id, before: { status: survey.status }, after: { status: input.status },
    });
    return { status: input.status, version: updated.version };
  });
}

/** New single-use tokens for a survey (printable list). */
export async function generateSurveyTokens(user: TSessionUser, rawInput: unknown): Promise<{ created: number }> {
  const input = parseInput(ZGenerateTokens, rawInput);
  return prisma.$transaction(async (tx) => {
    const access = await authorizeSurvey(user, input.surveyId, "survey.manage", { tx, lock: true });
    const codes = new Set<string>();
    while (codes.size < input.count) codes.add(tokenCode());
    const created = await tx.surveyToken.createMany({ data: [...codes].map((code) => ({ surveyId: access.survey.id, code })), skipDuplicates: true });
    await recordAudit(tx, {
      actorId: user.id, action: "survey.tokens", entityType: "Survey", entityId: access.survey.id, assessmentId: access.assessment.id,
      after: { created: created.count } as Prisma.InputJsonValue,
    });
    return { created: created.count };
  });
}
