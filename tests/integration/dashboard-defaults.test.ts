import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { getDashboardContext, isReady, type TReadyContext } from "@/lib/dashboard/get-dashboard-context";
import { listDashboardUnits } from "@/lib/dashboard/list-dashboard-units";
import { getRegionOptions } from "@/lib/dashboard/get-region-options";
import { parseUnitQuery } from "@/lib/dashboard/schemas";
import { exportColumns } from "@/lib/dashboard/export-columns";
import { toXlsx } from "@/lib/dashboard/to-xlsx";
import { randomAnswerSet } from "@/prisma/seed/random-answers";
import { seedAnswers } from "@/prisma/seed/seed-answers";
import { resetDatabase } from "@/tests/support/db";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { storedScoreOf } from "@/tests/support/stored-score";

// What the walkthrough found on the leaders' dashboards (issue 8, points 11-13): the default
// period, the meaning of "Wilayah" for a regional leader, and why a unit is not WBK.

const DAY = 86_400_000;
let world: TWorld;
let rootLeader: TSessionUser;

const windows = (fromDays: number, toDays: number) => {
  const now = Date.now();
  return { create: [{ stage: "SELF_ASSESSMENT" as const, opensAt: new Date(now + fromDays * DAY), closesAt: new Date(now + toDays * DAY) }] };
};

async function ready(user: TSessionUser, periodId?: string): Promise<TReadyContext> {
  const context = await getDashboardContext(await authorizeDashboard(user), periodId);
  if (!isReady(context)) throw new Error("no period");
  return context;
}

beforeAll(async () => {
  await resetDatabase();
  world = await createWorld();
  await prisma.periodWindow.createMany({ data: windows(-20, 40).create.map((w) => ({ ...w, periodId: "p2026" })) });
  // Created after 2026, a higher year, opening next month with one unit at 0%: the walkthrough's case.
  await prisma.period.create({ data: { id: "p2027", agencyId: "ag", year: 2027, name: "ZI 2027", catalogueVersionId: world.catalogueVersionId, windows: windows(30, 90) } });
  await prisma.assessment.create({ data: { id: "asm-2027-a", periodId: "p2027", unitId: "unit-a", itemCount: world.loaded.itemIdByCode.size } });
  await prisma.period.create({ data: { id: "p2025", agencyId: "ag", year: 2025, name: "ZI 2025", catalogueVersionId: world.catalogueVersionId, windows: windows(-400, -300) } });
  await prisma.assessment.create({ data: { id: "asm-2025-a", periodId: "p2025", unitId: "unit-a", itemCount: world.loaded.itemIdByCode.size } });
  // Unit b excellent (meets WBK), unit a mediocre (does not), unit c in the other region.
  for (const [assessmentId, quality, seed] of [["asm-a", 0.45, 1], ["asm-b", 1, 2], ["asm-c", 0.7, 3]] as const) {
    await seedAnswers({ assessmentId, loaded: world.loaded, answers: randomAnswerSet(world.loaded.catalogue, quality, 1, seed), userId: "admin" });
  }
  await seedAnswers({ assessmentId: "asm-a", side: "EVALUATOR", loaded: world.loaded, answers: randomAnswerSet(world.loaded.catalogue, 0.3, 1, 4), userId: "evaluator" });
  await prisma.user.create({ data: { id: "root-leader", email: "root-leader@test.id", name: "root", passwordHash: "x", roles: { create: [{ role: "LEADER", unitId: "root" }] } } });
  rootLeader = (await loadUser("root-leader"))!;
}, 120_000);

describe("the default period (point 11)", () => {
  it("is the period running today, not a newer one that opens in the future; the picker keeps and marks it", async () => {
    for (const user of [world.users.leaderRegion, rootLeader, world.users.admin]) {
      const context = await getDashboardContext(await authorizeDashboard(user));
      expect(context.period?.id).toBe("p2026");
      expect(context.periods.map((p) => [p.id, p.upcoming])).toEqual([["p2027", true], ["p2026", false], ["p2025", false]]);
      expect((await getDashboardContext(await authorizeDashboard(user), "p2027")).period?.id).toBe("p2027");
    }
  });

  it("else the period that ended last; else the one that starts soonest", async () => {
    await prisma.periodWindow.updateMany({ where: { periodId: "p2026" }, data: { opensAt: new Date(Date.now() - 200 * DAY), closesAt: new Date(Date.now() - 2 * DAY) } });
    expect((await getDashboardContext(await authorizeDashboard(world.users.leaderRegion))).period?.id).toBe("p2026");
    await prisma.periodWindow.updateMany({ where: { periodId: "p2026" }, data: { opensAt: new Date(Date.now() + 60 * DAY), closesAt: new Date(Date.now() + 70 * DAY) } });
    expect((await getDashboardContext(await authorizeDashboard(world.users.leaderRegion))).period?.id).toBe("p2025");
    await prisma.periodWindow.updateMany({ where: { periodId: "p2025" }, data: { opensAt: new Date(Date.now() + 100 * DAY), closesAt: new Date(Date.now() + 120 * DAY) } });
    expect((await getDashboardContext(await authorizeDashboard(world.users.leaderRegion))).period?.id).toBe("p2027");
    await prisma.periodWindow.updateMany({ where: { periodId: "p2026" }, data: { opensAt: new Date(Date.now() - 20 * DAY), closesAt: new Date(Date.now() + 40 * DAY) } });
  });
});

describe("Wilayah for a regional leader (point 12)", () => {
  it("names the region, not each unit, and ranks within it; the filter and the XLSX agree", async () => {
    const context = await ready(world.users.leaderRegion, "p2026");
    const { rows, areas } = await listDashboardUnits(context, parseUnitQuery({}), true);
    expect(rows.map((r) => [r.unitId, r.regionId, r.regionName, r.rankRegion, r.regionCount])).toEqual([
      ["unit-b", "region", "Unit region", 1, 2],
      ["unit-a", "region", "Unit region", 2, 2],
    ]);
    expect(await getRegionOptions(context)).toEqual([{ id: "region", name: "Unit region" }]);
    expect((await listDashboardUnits(context, parseUnitQuery({ wilayah: "region" }), true)).rows).toHaveLength(2);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(exportColumns(areas), rows, { title: "uji", generatedAt: new Date() })) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Unit")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (name: string) => [2, 3].map((r) => sheet.getRow(r).getCell(header.indexOf(name) + 1).value);
    expect(column("Wilayah")).toEqual(["Unit region", "Unit region"]);
    expect(column("Peringkat wilayah")).toEqual([1, 2]);
  });

  it("is the same region level for the agency's leader, with each region's own ranks", async () => {
    const { rows } = await listDashboardUnits(await ready(rootLeader, "p2026"), parseUnitQuery({}), true);
    expect(rows.map((r) => [r.unitId, r.regionName, r.rankRegion, r.regionCount]).sort()).toEqual([
      ["unit-a", "Unit region", 2, 2],
      ["unit-b", "Unit region", 1, 2],
      ["unit-c", "Unit other-region", 1, 1],
    ]);
  });
});

describe("why a unit is not WBK (point 13)", () => {
  it("lists each side's unmet WBK score requirements, exactly the stored ones; none where WBK is met", async () => {
    const { rows } = await listDashboardUnits(await ready(world.users.leaderRegion, "p2026"), parseUnitQuery({}), true);
    const stored = async (assessmentId: string, side: "SELF" | "EVALUATOR") => {
      const wbk = (await storedScoreOf(assessmentId, side))!.predicates.find((p) => p.code === "WBK")!;
      return wbk.unmet.map((r) => ({ label: r.label, actual: r.actual, required: r.required }));
    };
    const a = rows.find((r) => r.unitId === "unit-a")!;
    const b = rows.find((r) => r.unitId === "unit-b")!;
    expect([a.selfWbk, a.evalWbk, b.selfWbk, b.evalWbk]).toEqual([false, false, true, null]);
    expect(a.wbkUnmet.self.length).toBeGreaterThan(0);
    expect(a.wbkUnmet.self).toEqual(await stored("asm-a", "SELF"));
    expect(a.wbkUnmet.evaluator).toEqual(await stored("asm-a", "EVALUATOR"));
    expect(a.wbkUnmet.evaluator.length).toBeGreaterThan(a.wbkUnmet.self.length);
    expect(a.wbkUnmet.self[0]).toMatchObject({ label: "Nilai total" });
    expect(b.wbkUnmet).toEqual({ self: [], evaluator: [] });
  });
});
