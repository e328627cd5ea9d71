import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { addPeriodUnits, createPeriod, updatePeriodWindows } from "@/lib/periods/mutations";
import { getPeriodDetail, listPeriods } from "@/lib/periods/queries";
import type { TWindows } from "@/lib/periods/schemas";
import { listManagedAgencies } from "@/lib/units/queries";
import { authorizePeriod } from "@/lib/access/period-access";
import { authorizeScope } from "@/lib/access/scope-access";
import { resetDatabase } from "@/tests/support/db";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// Admin functions refuse with NotFoundError (never ForbiddenError): non-admins, and admins whose
// scope does not cover every unit of the agency, learn nothing about its periods.

let world: TWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

const windows = (): TWindows => ({
  SELF_ASSESSMENT: { opensAt: "2027-01-05", closesAt: "2027-02-28" },
  REVIEW: { opensAt: "2027-03-01", closesAt: "2027-03-31" },
  REVISION: { opensAt: "2027-04-01", closesAt: "2027-04-15" },
  FINAL: { opensAt: "2027-04-16", closesAt: "2027-05-31" },
});

const periodInput = (overrides: Record<string, unknown> = {}) => ({
  agencyId: "ag",
  year: 2027,
  name: "ZI 2027",
  catalogueVersionId: world.catalogueVersionId,
  unitIds: ["unit-a", "unit-b", "unit-c"],
  windows: windows(),
  ...overrides,
});

const periods = (user: TSessionUser) => listPeriods(authorizeScope(user, "period.manage"));
const agencies = (user: TSessionUser) => listManagedAgencies(authorizeScope(user, "period.manage"));
const detail = async (user: TSessionUser, periodId: string) => getPeriodDetail(await authorizePeriod(user, periodId, "period.manage"));

async function adminOn(unitId: string): Promise<TSessionUser> {
  const id = `admin-${unitId}`;
  await prisma.user.create({ data: { id, email: `${id}@test.id`, name: id, passwordHash: "x", roles: { create: [{ role: "ADMIN" as Role, unitId }] } } });
  return (await loadUser(id)) as TSessionUser;
}

/** Invalid input reaches the caller as a typed ValidationError with one message per field. */
async function zodMessages(attempt: Promise<unknown>) {
  const error = await attempt.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return Object.entries((error as ValidationError).fieldErrors).map(([path, message]) => ({ path, message }));
}

describe("createPeriod", () => {
  it("creates the windows, one assessment per unit with its empty stored score, and an audit event", async () => {
    const { periodId, assessmentCount } = await createPeriod(world.users.admin, periodInput());
    expect(assessmentCount).toBe(3);

    const stored = await prisma.periodWindow.findMany({ where: { periodId }, orderBy: { opensAt: "asc" } });
    expect(stored.map((w) => w.stage)).toEqual(["SELF_ASSESSMENT", "REVIEW", "REVISION", "FINAL"]);
    // Whole days in WIB (UTC+7).
    expect(stored[0]!.opensAt.toISOString()).toBe("2027-01-04T17:00:00.000Z");
    expect(stored[0]!.closesAt.toISOString()).toBe("2027-02-28T16:59:59.999Z");

    const assessments = await prisma.assessment.findMany({ where: { periodId }, include: { scores: true } });
    expect(assessments.map((a) => a.unitId).sort()).toEqual(["unit-a", "unit-b", "unit-c"]);
    for (const a of assessments) {
      expect(a).toMatchObject({ itemCount: 113, status: "DRAFT", answeredCount: 0 });
      expect(a.scores).toHaveLength(1);
      expect(a.scores[0]).toMatchObject({ side: "SELF", answered: 0, wbkMet: false });
      expect(a.scores[0]!.total.toFixed()).toBe("0");
      expect(await prisma.nodeScore.count({ where: { assessmentId: a.id, side: "SELF" } })).toBeGreaterThan(0);
    }

    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "period.create", entityId: periodId } });
    expect(audit).toMatchObject({ actorId: "admin", entityType: "Period" });
    expect(audit.after).toMatchObject({ year: 2027, name: "ZI 2027", unitIds: ["unit-a", "unit-b", "unit-c"] });

    const shown = await detail(world.users.admin, periodId);
    // Ordered by the unit tree (materialised path).
    expect(shown.assessments.map((a) => [a.unit.id, a.answered, a.itemCount, a.selfTotal])).toEqual([
      ["unit-c", 0, 113, "0"],
      ["unit-a", 0, 113, "0"],
      ["unit-b", 0, 113, "0"],
    ]);
  });

  it("refuses a window that closes before it opens, in Indonesian, and stores nothing", async () => {
    const bad = windows();
    bad.REVIEW = { opensAt: "2027-03-31", closesAt: "2027-03-01" };
    const issues = await zodMessages(createPeriod(world.users.admin, periodInput({ windows: bad })));
    expect(issues).toEqual([{ path: "windows.REVIEW.closesAt", message: "Tanggal tutup Evaluasi TPI tidak boleh sebelum tanggal buka." }]);
    expect(await prisma.period.count()).toBe(1);
  });

  it("refuses a period without units, an impossible date and a year out of range", async () => {
    const issues = await zodMessages(createPeriod(world.users.admin, periodInput({
      unitIds: [], year: 2019, windows: { ...windows(), FINAL: { opensAt: "2027-02-30", closesAt: "2027-05-31" } },
    })));
    expect(issues).toEqual(expect.arrayContaining([
      { path: "unitIds", message: "Pilih minimal satu unit peserta." },
      { path: "year", message: "Tahun paling awal 2020." },
      { path: "windows.FINAL.opensAt", message: "Tanggal tidak valid. Format hh/bb/tttt, mis. 31/12/2026." },
    ]));
  });

  it("refuses a name already used by the agency in that year, ignoring case", async () => {
    const attempt = createPeriod(world.users.admin, periodInput({ year: 2026, name: "zi 2026" }));
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    const error = (await attempt.catch((e) => e)) as ValidationError;
    expect(error.message).toBe('Nama periode "zi 2026" sudah dipakai untuk tahun 2026 di instansi ini. Gunakan nama lain.');
    expect(error.fieldErrors).toHaveProperty("name");
    expect(await prisma.period.count()).toBe(1);
    // The same name in another year is fine.
    await expect(createPeriod(world.users.admin, periodInput({ name: "ZI 2026" }))).resolves.toMatchObject({ assessmentCount: 3 });
  });

  it("refuses units that do not exist or belong to another agency", async () => {
    await prisma.agency.create({ data: { id: "ag2", code: "AG2", name: "Instansi Lain" } });
    await prisma.unit.create({ data: { id: "x1", code: "X1", name: "Unit lain", level: "Pusat", agencyId: "ag2", path: "/x1/" } });
    for (const unitIds of [["unit-a", "x1"], ["unit-a", "tidak-ada"]]) {
      await expect(createPeriod(world.users.admin, periodInput({ unitIds }))).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await prisma.period.count()).toBe(1);
  });
});

describe("addPeriodUnits", () => {
  it("adds new units with their empty score and skips units already taking part", async () => {
    const result = await addPeriodUnits(world.users.admin, { periodId: "p2026", unitIds: ["unit-a", "region", "root"] });
    expect(result).toEqual({ added: 2, skipped: 1 });
    const added = await prisma.assessment.findMany({ where: { periodId: "p2026", unitId: { in: ["region", "root"] } }, include: { scores: true } });
    expect(added.map((a) => [a.itemCount, a.scores.length])).toEqual([[113, 1], [113, 1]]);
    expect(await prisma.assessment.count({ where: { periodId: "p2026" } })).toBe(5);

    const again = await addPeriodUnits(world.users.admin, { periodId: "p2026", unitIds: ["unit-a", "region", "root"] });
    expect(again).toEqual({ added: 0, skipped: 3 });
    const audits = await prisma.auditEvent.findMany({ where: { action: "period.units.add" } });
    expect(audits).toHaveLength(1);
    expect((audits[0]!.after as { addedUnitIds: string[] }).addedUnitIds.sort()).toEqual(["region", "root"]);
  });

  it("refuses a closed period", async () => {
    await prisma.period.update({ where: { id: "p2026" }, data: { status: "CLOSED" } });
    await expect(addPeriodUnits(world.users.admin, { periodId: "p2026", unitIds: ["region"] })).rejects.toBeInstanceOf(InvalidStateError);
  });
});

describe("updatePeriodWindows", () => {
  it("stores the windows with an audit event of before and after; an unchanged schedule writes nothing", async () => {
    await expect(updatePeriodWindows(world.users.admin, { periodId: "p2026", windows: windows() })).resolves.toEqual({ changed: true });
    const moved = { ...windows(), REVISION: { opensAt: "2027-04-02", closesAt: "2027-04-20" } };
    await expect(updatePeriodWindows(world.users.admin, { periodId: "p2026", windows: moved })).resolves.toEqual({ changed: true });
    await expect(updatePeriodWindows(world.users.admin, { periodId: "p2026", windows: moved })).resolves.toEqual({ changed: false });

    const audits = await prisma.auditEvent.findMany({ where: { action: "period.windows.update" }, orderBy: { id: "asc" } });
    expect(audits).toHaveLength(2);
    expect(audits[1]!.before).toMatchObject({ REVISION: { opensAt: "2027-04-01", closesAt: "2027-04-15" } });
    expect(audits[1]!.after).toMatchObject({ REVISION: { opensAt: "2027-04-02", closesAt: "2027-04-20" } });
    const revision = await prisma.periodWindow.findUniqueOrThrow({ where: { periodId_stage: { periodId: "p2026", stage: "REVISION" } } });
    expect(revision.closesAt.toISOString()).toBe("2027-04-20T16:59:59.999Z");
  });

  it("refuses a window that closes before it opens", async () => {
    const bad = { ...windows(), SELF_ASSESSMENT: { opensAt: "2027-02-01", closesAt: "2027-01-31" } };
    const issues = await zodMessages(updatePeriodWindows(world.users.admin, { periodId: "p2026", windows: bad }));
    expect(issues[0]!.message).toBe("Tanggal tutup Penilaian mandiri tidak boleh sebelum tanggal buka.");
    expect(await prisma.periodWindow.count()).toBe(0);
  });
});

describe("period admin functions refuse with NotFoundError", () => {
  const nonAdmins = ["memberA", "headA", "evaluator", "leaderRegion"] as const;

  async function expectRefused(user: TSessionUser) {
    const before = { periods: await prisma.period.count(), assessments: await prisma.assessment.count(), audits: await prisma.auditEvent.count() };
    await expect(detail(user, "p2026")).rejects.toBeInstanceOf(NotFoundError);
    await expect(createPeriod(user, periodInput())).rejects.toBeInstanceOf(NotFoundError);
    await expect(addPeriodUnits(user, { periodId: "p2026", unitIds: ["region"] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updatePeriodWindows(user, { periodId: "p2026", windows: windows() })).rejects.toBeInstanceOf(NotFoundError);
    const after = { periods: await prisma.period.count(), assessments: await prisma.assessment.count(), audits: await prisma.auditEvent.count() };
    expect(after).toEqual(before);
  }

  it.each(nonAdmins)("%s (not an admin)", async (who) => {
    expect(() => authorizeScope(world.users[who], "period.manage")).toThrow(NotFoundError);
    await expectRefused(world.users[who]);
  });

  it("an admin of one region does not manage the agency's periods", async () => {
    const regional = await adminOn("region");
    expect(await periods(regional)).toEqual([]);
    expect(await agencies(regional)).toEqual([]);
    await expectRefused(regional);
  });

  it("an admin of the agency's top unit manages its periods and units", async () => {
    const agencyAdmin = await adminOn("root");
    expect((await periods(agencyAdmin)).map((p) => p.id)).toEqual(["p2026"]);
    const [agency] = await agencies(agencyAdmin);
    expect(agency!.units.map((u) => [u.id, u.depth])).toEqual([
      ["root", 0], ["other-region", 1], ["unit-c", 2], ["region", 1], ["unit-a", 2], ["unit-b", 2],
    ]);
    await expect(addPeriodUnits(agencyAdmin, { periodId: "p2026", unitIds: ["region"] })).resolves.toEqual({ added: 1, skipped: 0 });
  });
});
