import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import ExcelJS from "exceljs";
import yauzl from "yauzl";
import { beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/errors";
import { loadLkeWorkbookData } from "@/lib/workbook/load-workbook-data";
import { openRegionZip } from "@/lib/workbook/region-zip";
import { COLUMN, LKE_SHEET } from "@/lib/workbook/layout";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { answer, createReviewWorld, setStatus, type TReviewWorld } from "@/tests/support/review-world";
import { exportLke } from "@/tests/support/workbook-files";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import type { TSessionUser } from "@/lib/auth/load-user";

const workbookOf = async (user: TSessionUser, assessmentId: string, baseUrl: string) => loadLkeWorkbookData(await authorizeAssessment(user, assessmentId, "assessment.read"), baseUrl);
const zipAs = async (user: TSessionUser, ...args: [string, string, string]) => openRegionZip(await authorizeDashboard(user), ...args);

// Who gets which workbook: readers of the assessment, the TPI's side only once it may be seen,
// and the region zip only for leaders and admins whose scope holds the region.

let world: TReviewWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
});

async function zipEntries(stream: NodeJS.ReadableStream): Promise<string[]> {
  const chunks: Buffer[] = [];
  await pipeline(stream, new Writable({ write(chunk: Buffer, _e, done) { chunks.push(chunk); done(); } }));
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.concat(chunks), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const names: string[] = [];
      zip.on("entry", (entry: yauzl.Entry) => { names.push(entry.fileName); zip.readEntry(); });
      zip.on("end", () => resolve(names));
      zip.readEntry();
    });
  });
}

describe("LKE workbook export", () => {
  it("shows the TPI's answers to the unit only once the review started; always to the evaluator", async () => {
    await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" }, "SELF", "SK Tim");
    await setStatus("IN_REVIEW");
    await answer(world, world.users.evaluator, "A.I.1.1.a", { optionKey: "TIDAK" }, "EVALUATOR", "SK belum ditandatangani");
    await setStatus("SUBMITTED");
    expect((await workbookOf(world.users.memberA, "asm-a", "http://x")).evaluator).toBeNull();
    expect((await workbookOf(world.users.evaluator, "asm-a", "http://x")).evaluator?.get("A.I.1.1.a")?.answer.optionKey).toBe("TIDAK");
    await setStatus("IN_REVIEW");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportLke(world.users.memberA, "asm-a")) as unknown as ArrayBuffer);
    let row: ExcelJS.Row | undefined;
    workbook.getWorksheet(LKE_SHEET)!.eachRow((r) => { if (r.getCell(COLUMN.code).value === "A.I.1.1.a") row = r; });
    expect([row?.getCell(COLUMN.selfAnswer).value, row?.getCell(COLUMN.selfNarrative).value, row?.getCell(COLUMN.evaluatorAnswer).value, row?.getCell(COLUMN.evaluatorNote).value])
      .toEqual(["YA", "SK Tim", "TIDAK", "SK belum ditandatangani"]);
  });

  it("answers 404 to anyone who may not read the assessment", async () => {
    expect(await rejectionOf(workbookOf(world.users.memberB, "asm-a", "http://x"))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(workbookOf(world.users.outsider, "asm-a", "http://x"))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(workbookOf(world.users.leaderOther, "asm-a", "http://x"))).toBeInstanceOf(NotFoundError);
  });

  it("zips every LKE of a region for its leader, and nothing for anyone outside it", async () => {
    const zip = await openRegionZip(await authorizeDashboard(world.users.leaderRegion), "p2026", "region", "http://x");
    expect(zip.fileName).toBe("lke-zi-unit-region-2026.zip");
    expect(await zipEntries(zip.archive)).toEqual(["UNIT-A-lke-zi-unit-unit-a-2026.xlsx", "UNIT-B-lke-zi-unit-unit-b-2026.xlsx"]);
    const admin = await openRegionZip(await authorizeDashboard(world.users.admin), "p2026", "root", "http://x");
    expect(admin.unitCount).toBe(3);
    await zipEntries(admin.archive);
    for (const user of [world.users.leaderOther, world.users.memberA, world.users.evaluator]) {
      expect(await rejectionOf(zipAs(user, "p2026", "region", "http://x"))).toBeInstanceOf(NotFoundError);
    }
  });
});
