import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { getIndexRanking, listIndexPeriods } from "@/lib/pekppp/ranking";
import { getPekpppBesideZi } from "@/lib/pekppp/beside-zi";
import { getDashboardContext, isReady } from "@/lib/dashboard/get-dashboard-context";
import type { TSessionUser } from "@/lib/auth/load-user";
import { toNumeric } from "@/lib/assessments/compute-stored-score";
import { NotFoundError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createPekpppWorld, type TPekpppWorld } from "@/tests/support/pekppp-world";

// Issue 14 point 3: units ranked by IPP (all, by type, by district), prioritas pembinaan (D, E,
// F), the ZI result beside; only the units in the leader's scope.

let world: TPekpppWorld;

async function result(assessmentId: string, unitId: string, value: string, category: string, priority = false) {
  await prisma.assessment.upsert({
    where: { id: assessmentId }, update: {},
    create: { id: assessmentId, periodId: "pek2026", unitId, itemCount: 1, status: "FINAL" },
  });
  await prisma.indexResult.create({
    data: { assessmentId, formIndex: "0", value: toNumeric(value), category, priority, award: category === "A", result: { value } },
  });
}

beforeEach(async () => {
  await resetDatabase();
  world = await createPekpppWorld();
  await prisma.unit.create({ data: { id: "unit-d", code: "UNIT-D", name: "Unit unit-d", level: "Kelurahan", agencyId: "ag", parentId: "region", path: "/root/region/unit-d/", district: "Sungai Kunjang" } });
  await prisma.unit.update({ where: { id: "unit-a" }, data: { district: "Samarinda Ulu" } });
  await prisma.unit.update({ where: { id: "unit-b" }, data: { district: "Sungai Kunjang" } });
  await result("pek-a", "unit-a", "33/8", "A-"); // 4.125
  await result("pek-b", "unit-b", "7/4", "D", true); // 1.75
  await result("pek-d", "unit-d", "33/8", "A-"); // a tie with unit-a
  await result("pek-c", "unit-c", "5", "A"); // another region
  // unit-a's LKE: total 80.5 as its own stored score.
  await prisma.assessmentScore.create({
    data: { assessmentId: "asm-a", side: "SELF", total: "80.5", pengungkit: "0", hasil: "0", pemenuhan: "0", reform: "0", answered: 1, wbkMet: false, wbbmMet: false, result: { total: "161/2" } },
  });
});

describe("PEKPPP ranking", () => {
  it("ranks the leader's units by IPP, ties sharing a rank, with the ZI total beside", async () => {
    const access = await authorizeDashboard(world.users.leaderRegion);
    const rows = await getIndexRanking(access, "pek2026", "all");
    expect(rows.map((row) => [row.rank, row.unitId, row.value, row.category, row.ziTotal])).toEqual([
      [1, "unit-a", "33/8", "A-", "161/2"],
      [1, "unit-d", "33/8", "A-", null],
      [3, "unit-b", "7/4", "D", null],
    ]);
    expect(await listIndexPeriods(access)).toEqual([{ id: "pek2026", name: "PEKPPP 2026", year: 2026 }]);
  });

  it("ranks within each type and each district, and lists the prioritas pembinaan", async () => {
    const access = await authorizeDashboard(world.users.leaderRegion);
    const byType = await getIndexRanking(access, "pek2026", "type");
    expect(byType.map((row) => [row.group, row.rank, row.unitId])).toEqual([
      ["Kejari", 1, "unit-a"], ["Kejari", 2, "unit-b"], ["Kelurahan", 1, "unit-d"],
    ]);
    const byDistrict = await getIndexRanking(access, "pek2026", "district");
    expect(byDistrict.map((row) => [row.group, row.rank, row.unitId])).toEqual([
      ["Samarinda Ulu", 1, "unit-a"], ["Sungai Kunjang", 1, "unit-d"], ["Sungai Kunjang", 2, "unit-b"],
    ]);
    const priority = await getIndexRanking(access, "pek2026", "all", true);
    expect(priority.map((row) => [row.unitId, row.category, row.priority])).toEqual([["unit-b", "D", true]]);
  });

  it("shows the whole agency to its admin and nothing to a unit member", async () => {
    const rows = await getIndexRanking(await authorizeDashboard(world.users.admin), "pek2026", "all");
    expect(rows.map((row) => row.unitId)).toEqual(["unit-c", "unit-a", "unit-d", "unit-b"]);
    expect(await rejectionOf(authorizeDashboard(world.users.memberA))).toBeInstanceOf(NotFoundError);
  });

  it("puts the same units' PEKPPP results on the leaders' ZI dashboard, lowest IPP first, in the same scope", async () => {
    await prisma.indexResult.update({ where: { assessmentId: "pek-b" }, data: { result: { value: "7/4", category: { code: "D", label: "Kurang" } } } });
    const beside = async (user: TSessionUser) => {
      const context = await getDashboardContext(await authorizeDashboard(user), "p2026");
      if (!isReady(context)) throw new Error("no ZI period");
      return getPekpppBesideZi(context);
    };
    // unit-d has a PEKPPP result but no LKE in the ZI period: not one of "the same units".
    const region = await beside(world.users.leaderRegion);
    expect(region.evaluated).toBe(2);
    expect(region.rows.map((row) => [row.unitId, row.value, row.category, row.categoryLabel, row.priority, row.year])).toEqual([
      ["unit-b", "7/4", "D", "Kurang", true, 2026],
      ["unit-a", "33/8", "A-", "A-", false, 2026],
    ]);
    expect(region.categories).toEqual([{ code: "A-", label: "A-", units: 1, priority: false }, { code: "D", label: "Kurang", units: 1, priority: true }]);
    const other = await beside(world.users.leaderOther);
    expect(other.rows.map((row) => row.unitId)).toEqual(["unit-c"]);
  });
});
