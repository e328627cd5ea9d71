import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { authorizeAgency } from "@/lib/access/period-access";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { createTemplateStep, deleteTemplateStep, updateTemplateStep } from "@/lib/plan-templates/mutations";
import { copyPlanToTemplate } from "@/lib/plan-templates/copy-plan";
import { getTemplate } from "@/lib/plan-templates/queries";
import { pickTemplate } from "@/lib/plan-templates/pick-template";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";
import { createSecondAgency } from "@/tests/support/second-agency";
import { addStep, nodeId } from "@/tests/support/plan-helpers";

// The agency's templat rencana aksi: kept by the agency's admins (and the installation's), nobody
// else; another agency's admin finds nothing (404). Every change audited.

let world: TWorld;
let agencyAdmin: TSessionUser;
let otherAdmin: TSessionUser;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
  ({ agencyAdmin, otherAdmin } = await createSecondAgency());
});

const fields = { description: "Rapat pembentukan Tim Kerja", plannedOutput: "SK Tim Kerja dan notula", plannedMonths: [2, 1] };
const templateState = async () => ({ steps: await prisma.planTemplateStep.findMany({ orderBy: { id: "asc" } }), audit: await prisma.auditEvent.count() });

describe("templat rencana aksi", () => {
  it("the agency admin creates, changes and deletes steps, each audited; a stale edit is refused", async () => {
    const node = await nodeId(world, "A.I.1.1");
    const created = await createTemplateStep(agencyAdmin, { agencyId: "ag", nodeId: node, ...fields });
    const second = await createTemplateStep(agencyAdmin, { agencyId: "ag", nodeId: node, ...fields, description: "Menetapkan SK Tim Kerja" });
    const stored = await prisma.planTemplateStep.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ agencyId: "ag", catalogueVersionId: world.catalogueVersionId, plannedMonths: [1, 2], position: 0, version: 1, updatedById: "admin-ag" });
    expect((await prisma.planTemplateStep.findUniqueOrThrow({ where: { id: second.id } })).position).toBe(1);

    const updated = await updateTemplateStep(agencyAdmin, { stepId: created.id, expectedVersion: 1, ...fields, plannedMonths: [3] });
    expect(updated.version).toBe(2);
    // The installation's admin edits too; one who still holds version 1 is refused.
    expect(await rejectionOf(updateTemplateStep(world.users.admin, { stepId: created.id, expectedVersion: 1, ...fields }))).toBeInstanceOf(ConflictError);
    await updateTemplateStep(world.users.admin, { stepId: created.id, expectedVersion: 2, ...fields, description: "Rapat Tim Kerja" });

    const template = await getTemplate(await authorizeAgency(agencyAdmin, "ag", "plan.template.manage"), world.catalogueVersionId);
    const indicator = template.areas.flatMap((a) => a.indicators).find((i) => i.code === "A.I.1.1")!;
    expect(indicator.steps.map((s) => [s.description, s.plannedMonths])).toEqual([["Rapat Tim Kerja", [1, 2]], ["Menetapkan SK Tim Kerja", [1, 2]]]);
    expect(template.stepCount).toBe(2);

    await deleteTemplateStep(agencyAdmin, { stepId: created.id, expectedVersion: 3 });
    const events = await prisma.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["plan.template.create", "admin-ag"], ["plan.template.update", "admin-ag"], ["plan.template.update", "admin"], ["plan.template.delete", "admin-ag"],
    ]);
    expect(events[1]!.before).toMatchObject({ plannedMonths: [1, 2] });
    expect(events[1]!.after).toMatchObject({ plannedMonths: [3] });
  });

  it("another agency's admin, a region's admin, a unit member and a leader get 404 and change nothing", async () => {
    const node = await nodeId(world, "A.I.1.1");
    const step = await createTemplateStep(agencyAdmin, { agencyId: "ag", nodeId: node, ...fields });
    await prisma.user.create({ data: { id: "admin-region", email: "admin-region@test.id", name: "Admin wilayah", passwordHash: "x", roles: { create: [{ role: "ADMIN", unitId: "region" }] } } });
    const regionAdmin = (await loadUser("admin-region"))!;
    const before = await templateState();
    for (const user of [otherAdmin, regionAdmin, world.users.memberA, world.users.headA, world.users.leaderRegion]) {
      expect(await rejectionOf(createTemplateStep(user, { agencyId: "ag", nodeId: node, ...fields }))).toBeInstanceOf(NotFoundError);
      expect(await rejectionOf(updateTemplateStep(user, { stepId: step.id, expectedVersion: 1, ...fields }))).toBeInstanceOf(NotFoundError);
      expect(await rejectionOf(deleteTemplateStep(user, { stepId: step.id, expectedVersion: 1 }))).toBeInstanceOf(NotFoundError);
      expect(await rejectionOf(copyPlanToTemplate(user, { agencyId: "ag", assessmentId: "asm-a" }))).toBeInstanceOf(NotFoundError);
      expect(await rejectionOf(authorizeAgency(user, "ag", "plan.template.manage"))).toBeInstanceOf(NotFoundError);
    }
    // The admin page shows the other agency's admin only their own agency, and 404 for "ag".
    expect((await pickTemplate(otherAdmin, {})).agencies.map((a) => a.id)).toEqual(["ag2"]);
    expect(await rejectionOf(pickTemplate(otherAdmin, { agencyId: "ag" }))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(pickTemplate(world.users.memberA, {}))).toBeInstanceOf(NotFoundError);
    expect((await pickTemplate(world.users.admin, {})).agencies.map((a) => a.id).sort()).toEqual(["ag", "ag2"]);
    expect(await templateState()).toEqual(before);
  });

  it("refuses bad input in Indonesian: a node that is not an indicator, months outside 1-12", async () => {
    const area = await nodeId(world, "A.I.1");
    const before = await templateState();
    const notIndicator = await rejectionOf(createTemplateStep(agencyAdmin, { agencyId: "ag", nodeId: area, ...fields }));
    expect(notIndicator).toBeInstanceOf(ValidationError);
    expect(notIndicator!.message).toBe("Templat rencana aksi hanya dapat dibuat untuk indikator katalog LKE ZI.");
    const month = await rejectionOf(createTemplateStep(agencyAdmin, { agencyId: "ag", nodeId: await nodeId(world, "A.I.1.1"), ...fields, plannedMonths: [13] }));
    expect(month!.message).toBe("Bulan harus antara 1 (Januari) dan 12 (Desember).");
    expect(await templateState()).toEqual(before);
  });

  it("copies a unit's plan into the template (no person, no realisation), audited; only the agency's own plans", async () => {
    await addStep(world, world.users.memberA, "A.I.1.1", { plannedMonths: [1, 3] });
    await addStep(world, world.users.memberA, "A.I.2.1", { description: "Menyusun SOP", plannedMonths: [6] });
    await createTemplateStep(agencyAdmin, { agencyId: "ag", nodeId: await nodeId(world, "A.I.1.1"), ...fields });
    const result = await copyPlanToTemplate(agencyAdmin, { agencyId: "ag", assessmentId: "asm-a" });
    expect(result).toEqual({ copied: 2, catalogueVersionId: world.catalogueVersionId });
    const steps = await prisma.planTemplateStep.findMany({ orderBy: [{ nodeId: "asc" }, { position: "asc" }], include: { node: { select: { code: true } } } });
    expect(steps.map((s) => [s.node.code, s.position, s.description, s.plannedMonths]).sort()).toEqual([
      ["A.I.1.1", 0, "Rapat pembentukan Tim Kerja", [1, 2]],
      ["A.I.1.1", 1, "Membentuk Tim Kerja ZI melalui rapat", [1, 3]],
      ["A.I.2.1", 0, "Menyusun SOP", [6]],
    ]);
    expect(await prisma.auditEvent.count({ where: { action: "plan.template.copy", entityId: "ag" } })).toBe(1);
    // An empty plan has nothing to copy; the other agency's admin cannot copy into "ag" or from it.
    expect(await rejectionOf(copyPlanToTemplate(agencyAdmin, { agencyId: "ag", assessmentId: "asm-b" }))).toBeInstanceOf(InvalidStateError);
    expect(await rejectionOf(copyPlanToTemplate(otherAdmin, { agencyId: "ag2", assessmentId: "asm-a" }))).toBeInstanceOf(NotFoundError);
  });
});
