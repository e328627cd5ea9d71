import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { getCatalogue } from "@/lib/catalogue/queries";
import { Prisma } from "@/lib/generated/prisma/client";
import { takeRateLimit } from "@/lib/surveys/rate-limit";
import { normaliseToken, ZSubmitResponse } from "@/lib/surveys/schemas";
import { validateSubmission } from "@/lib/surveys/validate-submission";
import type { TResponseData } from "@/lib/surveys/survey-results";

// A respondent's answers, without signing in: refused (nothing stored) when the survey is closed,
// the address or token floods, the honeypot is filled, an answer is off the scale, the token is
// unknown or used, or this device already answered. Unsafe: no user; the survey comes from its slug.

/** Responses one address may send per window, over all surveys (a service counter's tablet included). */
export const ADDRESS_LIMIT = { limit: 30, windowSeconds: 600 };
/** Attempts per token per window: guessing a code is slow, a typo is not punished. */
export const TOKEN_LIMIT = { limit: 5, windowSeconds: 600 };

export type TSubmitOutcome = { ok: true; responseId: string } | { ok: false; status: 400 | 404 | 409 | 429; message: string };

const CLOSED: TSubmitOutcome = { ok: false, status: 409, message: "Survei ini sedang ditutup; jawaban tidak dapat dikirim." };
const refuse = (status: 400 | 404 | 409 | 429, message: string): TSubmitOutcome => ({ ok: false, status, message });
const hash = (text: string) => createHash("sha256").update(text).digest("hex");

export async function unsafeSubmitSurveyResponse(slug: string, body: unknown, client: { address: string; deviceKey: string }): Promise<TSubmitOutcome> {
  const parsed = ZSubmitResponse.safeParse(body);
  if (!parsed.success) return refuse(400, parsed.error.issues[0]?.message ?? "Format jawaban tidak dikenali.");
  const input = parsed.data;
  if (input.website) return refuse(400, "Pengiriman ditolak. Muat ulang halaman lalu isi kembali.");

  const survey = await prisma.survey.findUnique({ where: { slug }, select: { id: true, status: true, tokenRequired: true, catalogueVersionId: true } });
  if (!survey) return refuse(404, "Survei tidak ditemukan.");
  if (survey.status !== "OPEN") return CLOSED;

  if (!(await takeRateLimit({ key: `address:${hash(client.address)}`, ...ADDRESS_LIMIT }))) {
    return refuse(429, "Terlalu banyak kiriman dari alamat jaringan ini. Coba lagi beberapa menit lagi.");
  }
  const token = input.token ? normaliseToken(input.token) : "";
  if (token && !(await takeRateLimit({ key: `token:${survey.id}:${hash(token)}`, ...TOKEN_LIMIT }))) {
    return refuse(429, "Terlalu banyak percobaan dengan token ini. Coba lagi beberapa menit lagi.");
  }
  if (survey.tokenRequired && !token) return refuse(400, "Survei ini hanya dapat diisi dengan token dari petugas layanan.");

  const { catalogue } = await getCatalogue(survey.catalogueVersionId);
  const checked = validateSubmission(catalogue, input);
  if (!checked.ok) return refuse(400, checked.message);

  try {
    if (!token) return await insertDeviceResponse(survey.id, checked.data, hash(`${survey.id}:${client.deviceKey}`));
    return await prisma.$transaction(async (tx) => {
      // Shares the row with other respondents; closing the survey (FOR UPDATE) waits for them.
      const [current] = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text FROM "Survey" WHERE "id" = ${survey.id} FOR SHARE`;
      if (current?.status !== "OPEN") return CLOSED;
      const used = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "SurveyToken" SET "usedAt" = now() WHERE "surveyId" = ${survey.id} AND "code" = ${token} AND "usedAt" IS NULL RETURNING "id"`;
      if (!used[0]) {
        const exists = await tx.surveyToken.count({ where: { surveyId: survey.id, code: token } });
        return refuse(409, exists ? "Token ini sudah dipakai. Setiap token hanya untuk satu kali pengisian." : "Token tidak dikenal untuk survei ini.");
      }
      // With a token the token is the one-response rule (a shared tablet serves many respondents).
      const response = await tx.surveyResponse.create({
        data: { surveyId: survey.id, answers: checked.data.answers, profile: checked.data.profile, tokenId: used[0].id, deviceHash: null },
        select: { id: true },
      });
      return { ok: true as const, responseId: response.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return refuse(409, "Perangkat ini sudah mengisi survei ini. Terima kasih atas partisipasi Anda.");
    }
    throw error;
  }
}

/**
 * The common case in one statement (no transaction round trips): stored only while the survey is
 * open; a second response of the device breaks the unique (survey, device) index.
 */
async function insertDeviceResponse(surveyId: string, data: TResponseData, deviceHash: string): Promise<TSubmitOutcome> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    INSERT INTO "SurveyResponse" ("id", "surveyId", "answers", "profile", "deviceHash")
    SELECT ${randomUUID()}, s."id", ${JSON.stringify(data.answers)}::jsonb, ${JSON.stringify(data.profile)}::jsonb, ${deviceHash}
    FROM "Survey" s WHERE s."id" = ${surveyId} AND s."status" = 'OPEN'
    RETURNING "id"`;
  return rows[0] ? { ok: true, responseId: rows[0].id } : CLOSED;
}

/** A second row for a unique key, from a Prisma query (P2002) or a raw one (PostgreSQL 23505). */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return error.code === "P2002" || JSON.stringify(error.meta ?? {}).includes("23505");
}
