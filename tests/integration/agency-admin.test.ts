import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { authorizeScope } from "@/lib/access/scope-access";
import { createAgency, renameAgency } from "@/lib/agencies/mutations";
import { listAgencies } from "@/lib/agencies/queries";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// Installation admins (an ADMIN role without a unit) manage the installation's agencies; an
// agency's own admin and everyone else cannot see or touch them.

let world: TWorld;
let agencyAdmin: TSessionUser;

const TOP_UNIT = { code: "BPS-RI", name: "Badan Pusat Statistik", level: "Pusat", region: "DKI Jakarta", timeZone: "Asia/Jakarta" };
const newAgency = (overrides: Record<string, unknown> = {}) => ({ code: "BPS", name: "Badan Pusat Statistik", topUnit: TOP_UNIT, ...overrides });
const state = async () => ({ agencies: await prisma.agency.findMany({ orderBy: { id: "asc" } }), units: await prisma.unit.count(), audit: await prisma.auditEvent.count() });

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
  await prisma.user.create({ data: { id: "agency-admin", email: "agency-admin@test.id", name: "Admin Kejaksaan", passwordHash: "x", agencyId: "ag", roles: { create: [{ role: "ADMIN", unitId: "root" }] } } });
  agencyAdmin = (await loadUser("agency-admin"))!;
});

async function expectInvalid(operation: () => Promise<unknown>, message: string) {
  const before = await state();
  const error = await rejectionOf(operation());
  expect(error).toBeInstanceOf(ValidationError);
  expect(error?.message).toBe(message);
  expect(await state()).toEqual(before);
}

describe("agencies of the installation", () => {
  it("the installation admin adds an agency with its top unit, audited in the same transaction, and lists it", async () => {
    const { agencyId, topUnitId } = await createAgency(world.users.admin, newAgency());
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: topUnitId } })).toMatchObject({ agencyId, parentId: null, path: `/${topUnitId}/`, code: "BPS-RI", timeZone: "Asia/Jakarta", active: true });
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "agency.create" } })).toMatchObject({ actorId: "admin", entityType: "Agency", entityId: agencyId, after: { code: "BPS", name: "Badan Pusat Statistik", topUnitId } });
    const list = await listAgencies(authorizeScope(world.users.admin, "installation.agencies"));
    expect(list.map((a) => [a.code, a.name, a.topUnit?.code, a.unitCount])).toEqual([
      ["BPS", "Badan Pusat Statistik", "BPS-RI", 1],
      ["AG", "Kejaksaan RI", "ROOT", 6],
    ]);
    // The new agency is at once manageable like any other: its units through the unit tree.
    expect((await prisma.unit.findMany({ where: { path: { startsWith: `/${topUnitId}/` } } })).length).toBe(1);
  });

  it("renames an agency or changes its code, audited; the same values change nothing", async () => {
    await expect(renameAgency(world.users.admin, { agencyId: "ag", code: "KEJAKSAAN", name: "Kejaksaan Republik Indonesia" })).resolves.toEqual({ agencyId: "ag", changed: true });
    expect(await prisma.agency.findUniqueOrThrow({ where: { id: "ag" } })).toMatchObject({ code: "KEJAKSAAN", name: "Kejaksaan Republik Indonesia" });
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "agency.update" } })).toMatchObject({ entityId: "ag", before: { code: "AG", name: "Kejaksaan RI" }, after: { code: "KEJAKSAAN", name: "Kejaksaan Republik Indonesia" } });
    await expect(renameAgency(world.users.admin, { agencyId: "ag", code: "KEJAKSAAN", name: "Kejaksaan Republik Indonesia" })).resolves.toEqual({ agencyId: "ag", changed: false });
    expect(await prisma.auditEvent.count({ where: { action: "agency.update" } })).toBe(1);
  });

  it("refuses a taken agency code (any case), a taken top unit code and an empty name, with clear messages, changing nothing", async () => {
    await expectInvalid(() => createAgency(world.users.admin, newAgency({ code: "ag" })), 'Kode instansi "ag" sudah dipakai instansi lain. Gunakan kode lain.');
    await expectInvalid(() => createAgency(world.users.admin, newAgency({ topUnit: { ...TOP_UNIT, code: "root" } })), 'Kode unit "root" sudah dipakai unit lain. Gunakan kode lain.');
    await expectInvalid(() => createAgency(world.users.admin, newAgency({ name: "   " })), "Nama instansi minimal 3 karakter.");
    await expectInvalid(() => createAgency(world.users.admin, newAgency({ code: "" })), "Kode instansi wajib diisi.");
    await createAgency(world.users.admin, newAgency());
    const bps = await prisma.agency.findUniqueOrThrow({ where: { code: "BPS" } });
    await expectInvalid(() => renameAgency(world.users.admin, { agencyId: bps.id, code: "AG", name: "BPS" }), 'Kode instansi "AG" sudah dipakai instansi lain. Gunakan kode lain.');
    await expectInvalid(() => renameAgency(world.users.admin, { agencyId: bps.id, code: "BPS", name: "" }), "Nama instansi minimal 3 karakter.");
  });

  it("an agency admin, leaders, members and evaluators can neither list, add nor rename agencies (not found, nothing changed)", async () => {
    const before = await state();
    for (const user of [agencyAdmin, world.users.leaderRegion, world.users.headA, world.users.memberA, world.users.evaluator]) {
      expect(() => authorizeScope(user, "installation.agencies")).toThrow(NotFoundError);
      expect(await rejectionOf(createAgency(user, newAgency()))).toBeInstanceOf(NotFoundError);
      expect(await rejectionOf(renameAgency(user, { agencyId: "ag", code: "AG", name: "Diambil alih" }))).toBeInstanceOf(NotFoundError);
    }
    expect(await state()).toEqual(before);
  });

  it("renaming an agency that does not exist answers not found", async () => {
    expect(await rejectionOf(renameAgency(world.users.admin, { agencyId: "no-such-agency", code: "X1", name: "Tidak ada" }))).toBeInstanceOf(NotFoundError);
  });
});
