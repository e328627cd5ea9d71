import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { can, rolesOn, type TPermission, type TScopeTarget } from "@/lib/auth/policy";
import { getAssessmentHeader, listAssessmentsForUser } from "@/lib/assessments/queries";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// Who sees which assessment: the list, the header, and the permission table behind both.

let world: TWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

const visibleIds = async (user: TSessionUser) => (await listAssessmentsForUser(user)).map((a) => a.id).sort();

const assign = (assessmentId: string, userId = "evaluator") =>
  prisma.evaluatorAssignment.create({ data: { assessmentId, userId, role: "MEMBER" } });

/** A user created in the test, with one role, loaded like a session would. */
async function extraUser(id: string, role: Role, unitId: string | null) {
  const passwordHash = (await prisma.user.findUniqueOrThrow({ where: { id: "admin" } })).passwordHash;
  await prisma.user.create({ data: { id, email: `${id}@test.id`, name: `User ${id}`, passwordHash, roles: { create: [{ role, unitId }] } } });
  return (await loadUser(id)) as TSessionUser;
}

describe("listAssessmentsForUser", () => {
  it.each([
    ["memberA", ["asm-a"]],
    ["memberA2", ["asm-a"]],
    ["headA", ["asm-a"]],
    ["memberB", ["asm-b"]],
    ["leaderRegion", ["asm-a", "asm-b"]],
    ["leaderOther", ["asm-c"]],
    ["admin", ["asm-a", "asm-b", "asm-c"]],
    ["evaluator", []],
  ] as const)("%s sees exactly %j", async (key, expected) => {
    expect(await visibleIds(world.users[key])).toEqual(expected);
  });

  it("an evaluator sees the assessments assigned to them, and only those", async () => {
    await assign("asm-b");
    expect(await visibleIds(world.users.evaluator)).toEqual(["asm-b"]);
    await assign("asm-c");
    expect(await visibleIds(world.users.evaluator)).toEqual(["asm-b", "asm-c"]);
  });

  it("an admin scoped to a region sees that subtree only", async () => {
    const regionAdmin = await extraUser("admin-region", "ADMIN", "region");
    expect(await visibleIds(regionAdmin)).toEqual(["asm-a", "asm-b"]);
  });

  it("a leader does not see a sibling unit whose id merely starts like theirs", async () => {
    await prisma.unit.create({ data: { id: "region2", code: "REGION2", name: "Unit region2", level: "Kejati", agencyId: "ag", parentId: "root", path: "/root/region2/" } });
    await prisma.assessment.create({ data: { id: "asm-r2", periodId: "p2026", unitId: "region2", itemCount: 113 } });
    expect(await visibleIds(world.users.leaderRegion)).toEqual(["asm-a", "asm-b"]);
    expect(await visibleIds(world.users.admin)).toEqual(["asm-a", "asm-b", "asm-c", "asm-r2"]);
  });

  it("returns a small DTO with the unit, period, progress and the stored self score", async () => {
    await saveAnswer(world.users.memberA, { assessmentId: "asm-a", itemId: world.itemId("B.II.a"), expectedVersion: 0, answer: { surveyIndex: 3.2 }, narrative: "" });
    const [row] = await listAssessmentsForUser(world.users.memberA);
    expect(row).toMatchObject({
      id: "asm-a", status: "DRAFT", unitName: "Unit unit-a", periodName: "ZI 2026", year: 2026, answered: 1, itemCount: 113,
    });
    expect(row?.selfTotal).toBeCloseTo(14, 12);
    expect(Object.keys(row ?? {}).sort()).toEqual(
      ["answered", "id", "itemCount", "lastActivityAt", "periodName", "selfTotal", "status", "unitName", "year"],
    );
  });
});

describe("getAssessmentHeader", () => {
  it("is a 404 for a member of another unit and for an unassigned evaluator", async () => {
    for (const user of [world.users.memberB, world.users.leaderOther, world.users.evaluator]) {
      const error = await rejectionOf(getAssessmentHeader(user, "asm-a"));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error?.message).toBe("Penilaian tidak ditemukan.");
    }
  });

  it.each([
    ["memberA", true],
    ["headA", true],
    ["leaderRegion", false],
    ["admin", false],
  ] as const)("%s reads it with canEditSelf = %s", async (key, canEditSelf) => {
    const header = await getAssessmentHeader(world.users[key], "asm-a");
    expect(header).toMatchObject({
      id: "asm-a", status: "DRAFT", canEditSelf, catalogueVersionId: world.catalogueVersionId,
      unit: { name: "Unit unit-a" }, period: { name: "ZI 2026", year: 2026, catalogueVersion: { code: "LKE-ZI-2021", version: 1 } },
    });
  });

  it("an assigned evaluator reads it without self-editing; a submitted LKE is read-only for the unit", async () => {
    await assign("asm-a");
    expect((await getAssessmentHeader(world.users.evaluator, "asm-a")).canEditSelf).toBe(false);
    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "SUBMITTED" } });
    expect((await getAssessmentHeader(world.users.memberA, "asm-a")).canEditSelf).toBe(false);
  });
});

describe("policy: rolesOn and can", () => {
  const unitA: TScopeTarget = { unitId: "unit-a", unitPath: "/root/region/unit-a/", evaluatorIds: [] };
  // The permissions this suite is about; others may be added to the table without breaking it.
  const CHECKED: TPermission[] = [
    "assessment.read", "answer.self.write", "answer.evaluator.write", "assessment.submit",
    "evidence.write", "evidence.read", "dashboard.read", "catalogue.manage", "period.manage",
  ];
  const allowed = (user: TSessionUser, target: TScopeTarget) => CHECKED.filter((permission) => can(user, permission, target));

  it.each([
    ["memberA", [], ["UNIT_MEMBER"], ["assessment.read", "answer.self.write", "evidence.write", "evidence.read"]],
    ["headA", [], ["UNIT_HEAD"], ["assessment.read", "answer.self.write", "assessment.submit", "evidence.write", "evidence.read"]],
    ["memberB", [], [], []],
    ["leaderRegion", [], ["LEADER"], ["assessment.read", "evidence.read", "dashboard.read"]],
    ["leaderOther", [], [], []],
    ["admin", [], ["ADMIN"], ["assessment.read", "evidence.read", "dashboard.read", "catalogue.manage", "period.manage"]],
    ["evaluator", [], [], []],
    ["evaluator", ["evaluator"], ["EVALUATOR"], ["assessment.read", "answer.evaluator.write", "evidence.read"]],
    // An assignment only counts for a user who holds the EVALUATOR role.
    ["memberB", ["member-b"], [], []],
  ] as const)("%s on unit-a (assigned: %j) holds %j", (key, evaluatorIds, roles, permissions) => {
    const user = world.users[key];
    const target = { ...unitA, evaluatorIds };
    expect([...rolesOn(user, target)].sort()).toEqual([...roles].sort());
    expect(allowed(user, target)).toEqual(permissions);
  });

  it("members act on their own unit only, leaders on their whole subtree", () => {
    const region: TScopeTarget = { unitId: "region", unitPath: "/root/region/" };
    const root: TScopeTarget = { unitId: "root", unitPath: "/root/" };
    expect([...rolesOn(world.users.memberA, region)]).toEqual([]);
    expect([...rolesOn(world.users.leaderRegion, region)]).toEqual(["LEADER"]);
    expect([...rolesOn(world.users.leaderRegion, root)]).toEqual([]);
    expect([...rolesOn(world.users.admin, root)]).toEqual(["ADMIN"]);
  });
});
