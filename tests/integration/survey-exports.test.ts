import { beforeEach, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { authorizeSurvey } from "@/lib/access/survey-access";
import { getDashboardContext, isReady } from "@/lib/dashboard/get-dashboard-context";
import { surveyResponsesCsv, surveyResponsesXlsx } from "@/lib/surveys/export-responses";
import { getSurveyProgress } from "@/lib/surveys/survey-progress";
import type { TWorld } from "@/tests/support/fixtures";
import { answersOf, openSurvey, respond, surveyWorld } from "@/tests/support/survey-helpers";

// Exports of a survey's responses and the leaders' survey progress, each through lib/access.

let world: TWorld;
let ids: { spak: string; spkp: string };

beforeEach(async () => {
  ({ world, ids } = await surveyWorld());
});

async function progressFor(user: TSessionUser) {
  const context = await getDashboardContext(await authorizeDashboard(user), "p2026");
  if (!isReady(context)) throw new Error("no period");
  return getSurveyProgress(context);
}

describe("survey exports and progress", () => {
  it("CSV and XLSX hold every response with its profile, and the indices rounded once", async () => {
    const { surveyId, slug } = await openSurvey(world.users.memberA, "asm-a", ids.spak);
    await respond(slug, { answers: answersOf("SPAK", Array(9).fill(4)), profile: { jenisKelamin: "P", pendidikan: "s1" } });
    await respond(slug, { answers: answersOf("SPAK", [3, 3, 3, 3, 3, 3, 3, 3, 4]) });
    const access = await authorizeSurvey(world.users.leaderRegion, surveyId, "survey.read");

    const lines = (await surveyResponsesCsv(access)).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe("No,Waktu (WIB),Dengan token,Kelompok usia,Jenis kelamin,Pendidikan terakhir,Layanan yang diterima,P1 SPAK.1,P2 SPAK.2,P3 SPAK.3,P4 SPAK.4,P5 SPAK.5,P6 SPAK.6,P7 SPAK.7,P8 SPAK.8,P9 SPAK.9");
    expect(lines[1]).toMatch(/^1,\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,Tidak,,Perempuan,D4\/S1,,4,4,4,4,4,4,4,4,4$/);
    expect(lines[2]).toMatch(/,Tidak,,,,,3,3,3,3,3,3,3,3,4$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await surveyResponsesXlsx(access)) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("Jawaban")!.rowCount).toBe(3);
    const summary = workbook.getWorksheet("Ringkasan")!;
    // 64/18 = 3.5555... -> 3.56; question 9: (4 + 4) / 2 = 4.
    const rows = summary.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.find((row) => row[1] === "Indeks keseluruhan")?.[2]).toBe(3.56);
    expect(rows.find((row) => String(row[1]).startsWith("9."))?.[2]).toBe(4);
  });

  it("the leaders' dashboard counts surveys of their subtree only", async () => {
    const a = await openSurvey(world.users.memberA, "asm-a", ids.spak, { targetSample: 4 });
    await openSurvey(world.users.memberA, "asm-a", ids.spkp);
    await respond(a.slug, { answers: answersOf("SPAK", Array(9).fill(4)) });
    const region = await progressFor(world.users.leaderRegion);
    expect(region).toMatchObject({ unitCount: 2, unitsWithSurvey: 1, open: 2 });
    expect(region.rows.map((row) => [row.code, row.respondents, row.targetSample])).toEqual([["SPKP-2021", 0, 50], ["SPAK-2021", 1, 4]]);
    const other = await progressFor(world.users.leaderOther);
    expect(other).toMatchObject({ unitsWithSurvey: 0, open: 0, rows: [] });
  });
});
