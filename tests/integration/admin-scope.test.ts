import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { authorizeCatalogue } from "@/lib/access/catalogue-access";
import { authorizeScope } from "@/lib/access/scope-access";
import { importCatalogueUpload } from "@/lib/catalogue/admin-queries";
import { assignEvaluator } from "@/lib/review/assignments";
import { countAwaitingEvaluator, getAssignmentBoard } from "@/lib/review/assignment-queries";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// Issue 9, point 3: the two admin-scope leaks. An agency's admin saw every period and every
// evaluator's email on the assignment board, and any admin could import catalogues for the whole
// installation. Now the board shows the admin's agency and its evaluators only, and importing is
// a right of the installation's admins.

let world: TWorld;
let agencyAdmin: TSessionUser;

async function user(id: string, roles: { role: Role; unitId: string | null }[]): Promise<TSessionUser> {
  await prisma.user.create({ data: { id, email: `${id}@test.id`, name: `User ${id}`, passwordHash: "x", roles: { create: roles } } });
  return (await loadUser(id)) as TSessionUser;
}

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
  agencyAdmin = await user("admin-ag", [{ role: "ADMIN", unitId: "root" }]);
  // Another agency with its own period, unit, assessment sent to the TPI, and evaluator.
  await prisma.agency.create({ data: { id: "ag2", code: "AG2", name: "Instansi Lain" } });
  await prisma.unit.create({ data: { id: "x1", code: "X1", name: "Unit lain", level: "Pusat", agencyId: "ag2", path: "/x1/" } });
  await prisma.period.create({ data: { id: "p-other", agencyId: "ag2", year: 2026, name: "ZI Lain 2026", catalogueVersionId: world.catalogueVersionId } });
  await prisma.assessment.create({ data: { id: "asm-x", periodId: "p-other", unitId: "x1", itemCount: 113, status: "SUBMITTED" } });
  await user("evaluator-ag", [{ role: "EVALUATOR", unitId: "root" }]);
  await user("evaluator-other", [{ role: "EVALUATOR", unitId: "x1" }]);
});

const board = (admin: TSessionUser, periodId?: string) => getAssignmentBoard(authorizeScope(admin, "evaluator.assign"), periodId);

describe("the assignment board", () => {
  it("shows an agency's admin only its agency's periods, units and evaluators (and those without a unit)", async () => {
    const shown = await board(agencyAdmin);
    expect(shown.periods.map((p) => p.id)).toEqual(["p2026"]);
    expect(shown.assessments.map((a) => a.id).sort()).toEqual(["asm-a", "asm-b", "asm-c"]);
    expect(shown.evaluators.map((e) => e.email).sort()).toEqual(["evaluator-ag@test.id", "evaluator@test.id"]);
    expect(JSON.stringify(shown)).not.toContain("other");
  });

  it("answers a period of another agency like one that does not exist", async () => {
    expect(await rejectionOf(board(agencyAdmin, "p-other"))).toBeInstanceOf(NotFoundError);
    expect((await countAwaitingEvaluator(authorizeScope(agencyAdmin, "evaluator.assign"))).total).toBe(0);
  });

  it("shows the installation's admin every agency, each period with its own agency's evaluators", async () => {
    const shown = await board(world.users.admin, "p-other");
    expect(shown.periods.map((p) => p.id).sort()).toEqual(["p-other", "p2026"]);
    expect(shown.assessments.map((a) => a.id)).toEqual(["asm-x"]);
    expect(shown.evaluators.map((e) => e.email).sort()).toEqual(["evaluator-other@test.id", "evaluator@test.id"]);
    expect((await countAwaitingEvaluator(authorizeScope(world.users.admin, "evaluator.assign"))).total).toBe(1);
  });

  it("a regional admin sees the periods and units of their subtree only", async () => {
    const regional = await user("admin-region", [{ role: "ADMIN", unitId: "region" }]);
    const shown = await board(regional);
    expect(shown.periods.map((p) => p.id)).toEqual(["p2026"]);
    expect(shown.assessments.map((a) => a.id).sort()).toEqual(["asm-a", "asm-b"]);
  });
});

describe("assigning an evaluator", () => {
  it("refuses another agency's evaluator like a user who does not exist, and writes nothing", async () => {
    for (const userId of ["evaluator-other", "no-such-user"]) {
      const error = await rejectionOf(assignEvaluator(agencyAdmin, { assessmentId: "asm-a", userId, role: "LEAD" }));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error?.message).toBe("Pilih evaluator TPI yang aktif dari instansi ini.");
    }
    expect(await prisma.evaluatorAssignment.count()).toBe(0);
    await expect(assignEvaluator(agencyAdmin, { assessmentId: "asm-a", userId: "evaluator-ag", role: "LEAD" })).resolves.toHaveProperty("id");
  });

  it("an agency's admin cannot touch another agency's assessment (NotFoundError)", async () => {
    const error = await rejectionOf(assignEvaluator(agencyAdmin, { assessmentId: "asm-x", userId: "evaluator-other", role: "LEAD" }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(await prisma.evaluatorAssignment.count()).toBe(0);
    await expect(assignEvaluator(world.users.admin, { assessmentId: "asm-x", userId: "evaluator-other", role: "LEAD" })).resolves.toHaveProperty("id");
  });
});

describe("importing a catalogue", () => {
  it("is for the installation's admins: an agency's admin gets NotFoundError and nothing is stored", async () => {
    const versions = await prisma.catalogueVersion.count();
    expect(() => authorizeCatalogue(agencyAdmin, "catalogue.import")).toThrow(NotFoundError);
    const regional = await user("admin-region", [{ role: "ADMIN", unitId: "region" }]);
    expect(() => authorizeCatalogue(regional, "catalogue.import")).toThrow(NotFoundError);
    const outcome = await importCatalogueUpload(authorizeCatalogue(world.users.admin, "catalogue.import"), "{}");
    expect(outcome.status).toBe("invalid");
    expect(await prisma.catalogueVersion.count()).toBe(versions);
  });
});
