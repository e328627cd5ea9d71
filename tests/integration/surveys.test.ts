import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { unsafeImportCatalogue } from "@/lib/catalogue/mutations";
import { parseCatalogueFile } from "@/lib/catalogue/schemas";
import spakFile from "@/lib/catalogue/data/spak-2021.json";
import { authorizeSurvey } from "@/lib/access/survey-access";
import { loadSurveyResults } from "@/lib/surveys/queries";
import { generateSurveyTokens, setSurveyStatus } from "@/lib/surveys/mutations";
import { ADDRESS_LIMIT, TOKEN_LIMIT } from "@/lib/surveys/submit-response";
import { rejectionOf } from "@/tests/support/db-state";
import type { TWorld } from "@/tests/support/fixtures";
import { answersOf, openSurvey, respond, surveyWorld } from "@/tests/support/survey-helpers";

// Responses without sign-in, and the exact results the unit sees, against hand-computed sets.

let world: TWorld;
let ids: { spak: string; spkp: string };

beforeEach(async () => {
  ({ world, ids } = await surveyWorld());
});

const ALL = (point: number) => Array.from({ length: 9 }, () => point);

async function resultsOf(surveyId: string) {
  return loadSurveyResults(await authorizeSurvey(world.users.memberA, surveyId, "survey.read"));
}

describe("survey index, exactly", () => {
  it("SPAK on 1-4: per question and overall against a hand-computed set", async () => {
    const { surveyId, slug } = await openSurvey(world.users.memberA, "asm-a", ids.spak);
    // R1 all 4 (36), R2 all 3 (27), R3 2,3,4,1,4,3,2,4,3 (26): overall 89/27 = 3.2962..., shown 3,30.
    const r3 = [2, 3, 4, 1, 4, 3, 2, 4, 3];
    for (const [points, profile] of [[ALL(4), { jenisKelamin: "L" }], [ALL(3), { jenisKelamin: "P" }], [r3, { jenisKelamin: "P", usia: "u26_35" }]] as const) {
      expect(await respond(slug, { answers: answersOf("SPAK", [...points]), profile })).toMatchObject({ ok: true });
    }
    const results = await resultsOf(surveyId);
    expect(results.respondents).toBe(3);
    expect(results.overall?.toExact()).toBe("89/27");
    expect(results.overall?.toFixed(2)).toBe("3.30");
    // Q1: (4 + 3 + 2) / 3 = 3; Q4: (4 + 3 + 1) / 3 = 8/3 -> 2,67.
    expect(results.questions[0].index?.toExact()).toBe("3");
    expect(results.questions[3].index?.toExact()).toBe("8/3");
    expect(results.questions[3].distribution.map((d) => d.count)).toEqual([1, 0, 1, 1]);
    // Women: R2 and R3 = (27 + 26) / 18 = 53/18; men: R1 = 4. One respondent gave an age group.
    const sex = results.profiles.find((p) => p.key === "jenisKelamin")!;
    expect(sex.groups.map((g) => [g.key, g.count, g.index?.toExact() ?? null])).toEqual([["L", 1, "4"], ["P", 2, "53/18"]]);
    expect(results.profiles.find((p) => p.key === "usia")!.unanswered).toBe(2);
  });

  it("a 1-6 questionnaire converts to the 1-4 index: 1 + (mean - 1) x 3/5", async () => {
    const file = structuredClone(spakFile) as typeof spakFile;
    file.code = "SPAK-ENAM";
    file.questionnaire.scale = { min: 1, max: 6, labels: ["1", "2", "3", "4", "5", "6"] };
    file.components[0].children[0].questions = file.components[0].children[0].questions.slice(0, 2);
    const parsed = parseCatalogueFile(file);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const six = await unsafeImportCatalogue(parsed.catalogue, null);
    const { surveyId, slug } = await openSurvey(world.users.memberA, "asm-a", six.versionId);
    // Q1: 6, 5 -> mean 11/2 -> 1 + 9/2 x 3/5 = 37/10; Q2: 4, 3 -> 7/2 -> 1 + 5/2 x 3/5 = 5/2.
    await respond(slug, { answers: { "SPAK.1": 6, "SPAK.2": 4 } });
    await respond(slug, { answers: { "SPAK.1": 5, "SPAK.2": 3 } });
    const results = await resultsOf(surveyId);
    expect(results.questions.map((q) => q.index?.toExact())).toEqual(["37/10", "5/2"]);
    expect(results.overall?.toExact()).toBe("31/10");
    // 6 is valid here, 7 is not.
    expect(await respond(slug, { answers: { "SPAK.1": 7, "SPAK.2": 4 } })).toEqual({ ok: false, status: 400, message: "Jawaban pertanyaan 1 harus salah satu nilai 1 sampai 6." });
  });
});

describe("bad input is refused with a clear message and nothing is stored", () => {
  it("answers outside the scale, a missing answer, an unknown profile option, the honeypot", async () => {
    const { slug, surveyId } = await openSurvey(world.users.memberA, "asm-a", ids.spak);
    const outside = answersOf("SPAK", [...ALL(3).slice(0, 8), 5]);
    expect(await respond(slug, { answers: outside })).toEqual({ ok: false, status: 400, message: "Jawaban pertanyaan 9 harus salah satu nilai 1 sampai 4." });
    expect(await respond(slug, { answers: answersOf("SPAK", [...ALL(3).slice(0, 8), 0]) })).toMatchObject({ status: 400 });
    expect(await respond(slug, { answers: answersOf("SPAK", ALL(3).slice(0, 8)) })).toEqual({ ok: false, status: 400, message: "Pertanyaan 9 belum dijawab." });
    expect(await respond(slug, { answers: answersOf("SPAK", ALL(3)), profile: { jenisKelamin: "X" } })).toEqual({ ok: false, status: 400, message: "Pilihan jenis kelamin tidak dikenal." });
    expect(await respond(slug, { answers: answersOf("SPAK", ALL(3)), website: "http://spam" })).toMatchObject({ ok: false, status: 400 });
    expect(await prisma.surveyResponse.count({ where: { surveyId } })).toBe(0);
  });

  it("a closed survey, and a survey that is not opened yet", async () => {
    const { slug, surveyId } = await openSurvey(world.users.memberA, "asm-a", ids.spak);
    await setSurveyStatus(world.users.memberA, { surveyId, status: "CLOSED", expectedVersion: 2 });
    expect(await respond(slug, { answers: answersOf("SPAK", ALL(4)) })).toEqual({ ok: false, status: 409, message: "Survei ini sedang ditutup; jawaban tidak dapat dikirim." });
    expect(await prisma.surveyResponse.count()).toBe(0);
    expect(await respond("tidak-ada", { answers: {} })).toEqual({ ok: false, status: 404, message: "Survei tidak ditemukan." });
  });

  it("one response per device", async () => {
    const { slug, surveyId } = await openSurvey(world.users.memberA, "asm-a", ids.spak);
    expect(await respond(slug, { answers: answersOf("SPAK", ALL(4)) }, { deviceKey: "hp-1" })).toMatchObject({ ok: true });
    expect(await respond(slug, { answers: answersOf("SPAK", ALL(1)) }, { deviceKey: "hp-1" })).toEqual({
      ok: false, status: 409, message: "Perangkat ini sudah mengisi survei ini. Terima kasih atas partisipasi Anda.",
    });
    expect(await prisma.surveyResponse.count({ where: { surveyId } })).toBe(1);
  });

  it("single-use tokens: a reused token, a token of another unit's survey, a survey that requires one", async () => {
    const { slug, surveyId } = await openSurvey(world.users.memberA, "asm-a", ids.spak, { tokenRequired: true });
    const other = await openSurvey(world.users.memberB, "asm-b", ids.spak, { tokenRequired: true });
    expect(await generateSurveyTokens(world.users.memberA, { surveyId, count: 3 })).toEqual({ created: 3 });
    const [token] = await prisma.surveyToken.findMany({ where: { surveyId }, select: { code: true } });
    const body = (t?: string) => ({ answers: answersOf("SPAK", ALL(4)), token: t });

    expect(await respond(slug, body())).toEqual({ ok: false, status: 400, message: "Survei ini hanya dapat diisi dengan token dari petugas layanan." });
    // Typed in lower case with a dash, as read from paper.
    expect(await respond(slug, body(`${token.code.slice(0, 4).toLowerCase()}-${token.code.slice(4)}`), { deviceKey: "kios" })).toMatchObject({ ok: true });
    expect(await respond(slug, body(token.code), { deviceKey: "kios" })).toEqual({ ok: false, status: 409, message: "Token ini sudah dipakai. Setiap token hanya untuk satu kali pengisian." });
    expect(await respond(other.slug, body(token.code))).toEqual({ ok: false, status: 409, message: "Token tidak dikenal untuk survei ini." });
    expect(await prisma.surveyResponse.count()).toBe(1);
    expect(await prisma.surveyToken.count({ where: { surveyId, usedAt: { not: null } } })).toBe(1);
  });

  it("a flood from one address is cut at the limit, per address and per token, and the counters are shared in PostgreSQL", async () => {
    const { slug, surveyId } = await openSurvey(world.users.memberA, "asm-a", ids.spak);
    const results = [];
    for (let i = 0; i <= ADDRESS_LIMIT.limit; i++) results.push(await respond(slug, { answers: answersOf("SPAK", ALL(4)) }, { address: "203.0.113.9" }));
    expect(results.slice(0, ADDRESS_LIMIT.limit).every((r) => r.ok)).toBe(true);
    expect(results.at(-1)).toEqual({ ok: false, status: 429, message: "Terlalu banyak kiriman dari alamat jaringan ini. Coba lagi beberapa menit lagi." });
    expect(await prisma.surveyResponse.count({ where: { surveyId } })).toBe(ADDRESS_LIMIT.limit);
    // Another address still gets through.
    expect(await respond(slug, { answers: answersOf("SPAK", ALL(4)) })).toMatchObject({ ok: true });

    const guesses = [];
    for (let i = 0; i <= TOKEN_LIMIT.limit; i++) guesses.push(await respond(slug, { answers: answersOf("SPAK", ALL(4)), token: "AAAA-BBBB" }));
    expect(guesses.slice(0, TOKEN_LIMIT.limit).map((g) => g.ok ? 201 : g.status)).toEqual(Array(TOKEN_LIMIT.limit).fill(409));
    expect(guesses.at(-1)).toEqual({ ok: false, status: 429, message: "Terlalu banyak percobaan dengan token ini. Coba lagi beberapa menit lagi." });
    expect(await prisma.surveyRateLimit.count()).toBeGreaterThan(0);
  });

  it("responses cannot be changed, even by a direct UPDATE", async () => {
    const { slug } = await openSurvey(world.users.memberA, "asm-a", ids.spak);
    await respond(slug, { answers: answersOf("SPAK", ALL(4)) });
    const error = await rejectionOf(prisma.$executeRaw`UPDATE "SurveyResponse" SET "answers" = '{}'::jsonb`);
    expect(String(error)).toContain("survey responses cannot be changed");
  });
});

describe("access to surveys", () => {
  it("a unit manages only its own surveys; leaders of the subtree read them; others get 404", async () => {
    const { surveyId } = await openSurvey(world.users.memberA, "asm-a", ids.spak);
    expect(await rejectionOf(authorizeSurvey(world.users.memberB, surveyId, "survey.read"))).toMatchObject({ name: "NotFoundError" });
    expect(await rejectionOf(authorizeSurvey(world.users.leaderOther, surveyId, "survey.read"))).toMatchObject({ name: "NotFoundError" });
    expect(await rejectionOf(authorizeSurvey(world.users.leaderRegion, surveyId, "survey.manage"))).toMatchObject({ name: "NotFoundError" });
    expect((await authorizeSurvey(world.users.leaderRegion, surveyId, "survey.read")).survey.id).toBe(surveyId);
    expect(await rejectionOf(setSurveyStatus(world.users.memberB, { surveyId, status: "CLOSED", expectedVersion: 2 }))).toMatchObject({ name: "NotFoundError" });
    expect(await rejectionOf(generateSurveyTokens(world.users.memberB, { surveyId, count: 5 }))).toMatchObject({ name: "NotFoundError" });
    expect(await prisma.surveyToken.count()).toBe(0);
  });

  it("one survey per questionnaire and LKE; a questionnaire is never an LKE's catalogue", async () => {
    await openSurvey(world.users.memberA, "asm-a", ids.spak);
    expect(await rejectionOf(openSurvey(world.users.memberA, "asm-a", ids.spak))).toMatchObject({ message: "Survei SPAK-2021 untuk LKE ini sudah ada." });
    expect(await rejectionOf(openSurvey(world.users.memberA, "asm-a", world.catalogueVersionId))).toMatchObject({ message: "Kuesioner tidak ditemukan." });
    expect(await rejectionOf(openSurvey(world.users.memberA, "asm-b", ids.spkp))).toMatchObject({ name: "NotFoundError" });
  });
});
