import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { can, heldPermissions, type TUnitPermission } from "@/lib/auth/policy";
import { authorizeAssessment } from "@/lib/access/assessment-access";
import { authorizeScope } from "@/lib/access/scope-access";
import { getAssessmentHeader, listAssessments } from "@/lib/assessments/queries";
import { saveAnswer } from "@/lib/assessments/save-answer";
import { NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// Who sees which assessment: the list, the header, and the roles an access proof holds.

let world: TWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

const visibleIds = async (user: TSessionUser) => (await listAssessments(authorizeScope(user, "assessment.read"))).map((a) => a.id).sort();
const header = async (user: TSessionUser, assessmentId: string) => getAssessmentHeader(await authorizeAssessment(user, assessmentId, "assessment.read"));

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
    const [row] = await listAssessments(authorizeScope(world.users.memberA, "assessment.read"));
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
      const error = await rejectionOf(header(user, "asm-a"));
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
    expect(await header(world.users[key], "asm-a")).toMatchObject({
      id: "asm-a", status: "DRAFT", canEditSelf, catalogueVersionId: world.catalogueVersionId,
      unit: { name: "Unit unit-a" }, period: { name: "ZI 2026", year: 2026, catalogueVersion: { code: "LKE-ZI-2021", version: 1 } },
    });
  });

  it("an assigned evaluator reads it without self-editing; a submitted LKE is read-only for the unit", async () => {
    await assign("asm-a");
    expect((await header(world.users.evaluator, "asm-a")).canEditSelf).toBe(false);
    await prisma.assessment.update({ where: { id: "asm-a" }, data: { status: "SUBMITTED" } });
    expect((await header(world.users.memberA, "asm-a")).canEditSelf).toBe(false);
  });
});

describe("authorizeAssessment: the roles a proof holds and the permissions they give", () => {
  // The permissions this suite is about; others may be added to the table without breaking it.
  const CHECKED: TUnitPermission[] = [
    "assessment.read", "answer.self.write", "answer.evaluator.write", "assessment.submit", "evidence.write", "evidence.read",
    "review.read", "review.lead", "evaluator.assign", "dashboard.read",
  ];
  const held = async (user: TSessionUser) => {
    const access = await authorizeAssessment(user, "asm-a", "assessment.read").catch(() => null);
    return access ? { roles: [...access.roles].sort(), permissions: CHECKED.filter((p) => can(access, p)) } : null;
  };

  it.each([
    ["memberA", [], ["UNIT_MEMBER"], ["assessment.read", "answer.self.write", "evidence.write", "evidence.read"]],
    ["headA", [], ["UNIT_HEAD"], ["assessment.read", "answer.self.write", "assessment.submit", "evidence.write", "evidence.read"]],
    ["leaderRegion", [], ["LEADER"], ["assessment.read", "evidence.read", "dashboard.read"]],
    ["admin", [], ["ADMIN"], ["assessment.read", "evidence.read", "evaluator.assign", "dashboard.read"]],
    ["evaluator", ["MEMBER"], ["EVALUATOR"], ["assessment.read", "answer.evaluator.write", "evidence.read", "review.read"]],
    ["evaluator", ["LEAD"], ["EVALUATOR", "LEAD_EVALUATOR"], ["assessment.read", "answer.evaluator.write", "evidence.read", "review.read", "review.lead"]],
  ] as const)("%s on unit-a (assigned: %j) holds %j", async (key, assigned, roles, permissions) => {
    for (const role of assigned) await prisma.evaluatorAssignment.create({ data: { assessmentId: "asm-a", userId: "evaluator", role } });
    expect(await held(world.users[key])).toEqual({ roles: [...roles].sort(), permissions });
  });

  it.each(["memberB", "leaderOther", "evaluator"] as const)("%s holds nothing on unit-a: NotFoundError for every permission", async (key) => {
    for (const permission of CHECKED) {
      expect(await rejectionOf(authorizeAssessment(world.users[key], "asm-a", permission)), permission).toBeInstanceOf(NotFoundError);
    }
  });

  it("an assignment only counts for a user who holds the EVALUATOR role, and never on their own unit", async () => {
    await prisma.evaluatorAssignment.create({ data: { assessmentId: "asm-a", userId: "member-b", role: "LEAD" } });
    expect(await held(world.users.memberB)).toBeNull();
    const insider = await extraUser("evaluator-in-a", "EVALUATOR", null);
    await prisma.roleAssignment.create({ data: { userId: insider.id, role: "UNIT_MEMBER", unitId: "unit-a" } });
    await prisma.evaluatorAssignment.create({ data: { assessmentId: "asm-a", userId: insider.id, role: "LEAD" } });
    expect(await held((await loadUser(insider.id))!)).toEqual({ roles: ["UNIT_MEMBER"], permissions: ["assessment.read", "answer.self.write", "evidence.write", "evidence.read"] });
  });

  it("a permission the proof's roles do not give is refused like a missing record (NotFoundError, never Forbidden)", async () => {
    for (const permission of ["answer.self.write", "assessment.submit", "evidence.write", "review.read"] as const) {
      const error = await rejectionOf(authorizeAssessment(world.users.leaderRegion, "asm-a", permission));
      expect(error, permission).toBeInstanceOf(NotFoundError);
      expect(error?.message).toBe("Penilaian tidak ditemukan.");
    }
  });
});

describe("heldPermissions: what navigation may offer", () => {
  it("names each role's menus; an agency's admin does not import catalogues, a regional admin manages no period", async () => {
    const agencyAdmin = await extraUser("admin-agency", "ADMIN", "root");
    const regionAdmin = await extraUser("admin-region", "ADMIN", "region");
    const menu = (user: TSessionUser) => ["dashboard.read", "review.read", "period.manage", "catalogue.read", "catalogue.import", "evaluator.assign"]
      .filter((p) => heldPermissions(user).has(p as never));
    expect(menu(world.users.admin)).toEqual(["dashboard.read", "period.manage", "catalogue.read", "catalogue.import", "evaluator.assign"]);
    expect(menu(agencyAdmin)).toEqual(["dashboard.read", "period.manage", "catalogue.read", "evaluator.assign"]);
    expect(menu(regionAdmin)).toEqual(["dashboard.read", "catalogue.read", "evaluator.assign"]);
    expect(menu(world.users.leaderRegion)).toEqual(["dashboard.read"]);
    expect(menu(world.users.evaluator)).toEqual(["review.read"]);
    expect(menu(world.users.memberA)).toEqual([]);
  });
});
