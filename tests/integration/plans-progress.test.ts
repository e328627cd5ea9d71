import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { getDashboardContext, isReady } from "@/lib/dashboard/get-dashboard-context";
import { getPlanProgress } from "@/lib/plans/plan-progress";
import { realiseStep } from "@/lib/plans/realise-step";
import { resetDatabase } from "@/tests/support/db";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { useFixedClock } from "@/tests/support/fixed-clock";
import { addStep } from "@/tests/support/plan-helpers";

let world: TWorld;
const now = useFixedClock("2026-03-15T03:00:00Z");

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

async function progressFor(user: TSessionUser) {
  const context = await getDashboardContext(await authorizeDashboard(user), "p2026", now);
  if (!isReady(context)) throw new Error("no period");
  return getPlanProgress(context);
}

describe("leaders' plan progress", () => {
  it("counts on time, late and no plan over the leader's subtree only", async () => {
    // unit-a: one step late (January unrealised), one on time; unit-b: on time; unit-c (other region): late.
    const late = await addStep(world, world.users.memberA, "A.I.1.1", { plannedMonths: [1, 2], targetDate: "2026-12-31" });
    await realiseStep(world.users.memberA, { stepId: late.id, month: 2, note: "Februari selesai" });
    await addStep(world, world.users.memberA, "A.I.1.2", { plannedMonths: [6], targetDate: "2026-12-31" });
    await addStep(world, world.users.memberB, "A.I.1.1", { assessmentId: "asm-b", personInChargeId: "member-b", plannedMonths: [4], targetDate: "2026-04-30" });
    await prisma.user.create({ data: { id: "member-c", email: "member-c@test.id", name: "User member-c", passwordHash: "x", roles: { create: { role: "UNIT_MEMBER", unitId: "unit-c" } } } });
    const memberC = (await loadUser("member-c"))!;
    await addStep(world, memberC, "A.I.2.1", { assessmentId: "asm-c", personInChargeId: "member-c", plannedMonths: [3], targetDate: "2026-03-01" });

    expect(await progressFor(world.users.leaderRegion)).toEqual({
      onTime: 1, late: 1, noPlan: 0,
      lateUnits: [{ assessmentId: "asm-a", unitName: "Unit unit-a", steps: 2, late: 1 }],
    });
    expect(await progressFor(world.users.leaderOther)).toMatchObject({ onTime: 0, late: 1, noPlan: 0, lateUnits: [{ assessmentId: "asm-c" }] });
    expect(await progressFor(world.users.admin)).toMatchObject({ onTime: 1, late: 2, noPlan: 0 });
  });

  it("counts a unit without steps as having no plan", async () => {
    expect(await progressFor(world.users.leaderRegion)).toEqual({ onTime: 0, late: 0, noPlan: 2, lateUnits: [] });
  });
});
