import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { authorizeScope } from "@/lib/access/scope-access";
import { archivePeriod, closePeriod, deletePeriod, restorePeriod } from "@/lib/periods/lifecycle";
import { addPeriodUnits } from "@/lib/periods/mutations";
import { listPeriods } from "@/lib/periods/queries";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { answer, createReviewWorld, type TReviewWorld } from "@/tests/support/review-world";

// A period's end of life: closed, archived (and restored), or deleted while nobody has worked in it.

let world: TReviewWorld;
let otherAdmin: TSessionUser;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
  await prisma.agency.create({ data: { id: "ag2", code: "AG2", name: "BPS" } });
  await prisma.unit.create({ data: { id: "root2", code: "ROOT2", name: "BPS RI", level: "Pusat", agencyId: "ag2", path: "/root2/" } });
  await prisma.user.create({ data: { id: "admin-ag2", email: "admin-ag2@test.id", name: "Admin BPS", passwordHash: "x", agencyId: "ag2", roles: { create: [{ role: "ADMIN", unitId: "root2" }] } } });
  otherAdmin = (await loadUser("admin-ag2"))!;
});

const periodState = () => prisma.period.findUnique({ where: { id: "p2026" }, include: { assessments: { include: { scores: true } }, windows: true } });

describe("period lifecycle", () => {
  it("refuses to delete or archive a running period with answers, with a clear message, changing nothing", async () => {
    await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" });
    const before = await periodState();
    const refused = await deletePeriod(world.users.admin, { periodId: "p2026" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidStateError);
    expect((refused as Error).message).toBe("Periode ini tidak dapat dihapus: 1 LKE sudah berisi jawaban, bukti dukung atau aktivitas lain. Tutup atau arsipkan periode ini.");
    await expect(archivePeriod(world.users.admin, { periodId: "p2026" })).rejects.toThrow("Periode ini masih berjalan dan sudah berisi jawaban. Tutup periode terlebih dahulu, lalu arsipkan.");
    expect(await periodState()).toEqual(before);
    expect(await prisma.auditEvent.count({ where: { entityType: "Period" } })).toBe(0);
  });

  it("closes, then archives, then restores a period with answers; each audited; archived periods leave the list", async () => {
    await answer(world, world.users.memberA, "A.I.1.1.a", { optionKey: "YA" });
    await closePeriod(world.users.admin, { periodId: "p2026" });
    await expect(closePeriod(world.users.admin, { periodId: "p2026" })).rejects.toThrow("Periode ini sudah ditutup.");
    // A closed period keeps its participants.
    await expect(addPeriodUnits(world.users.admin, { periodId: "p2026", unitIds: ["unit-c"] })).rejects.toThrow("Periode sudah ditutup; unit peserta tidak dapat ditambah.");
    await archivePeriod(world.users.admin, { periodId: "p2026" });
    const scope = authorizeScope(world.users.admin, "period.manage");
    expect((await listPeriods(scope)).map((p) => p.id)).toEqual([]);
    expect((await listPeriods(scope, true)).map((p) => [p.id, p.phase])).toEqual([["p2026", "ARCHIVED"]]);
    await restorePeriod(world.users.admin, { periodId: "p2026" });
    expect(await prisma.period.findUniqueOrThrow({ where: { id: "p2026" } })).toMatchObject({ status: "CLOSED" });
    const events = await prisma.auditEvent.findMany({ where: { entityId: "p2026" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ["period.close", { status: "OPEN" }, { status: "CLOSED" }],
      ["period.archive", { status: "CLOSED" }, { status: "ARCHIVED" }],
      ["period.restore", { status: "ARCHIVED" }, { status: "CLOSED" }],
    ]);
  });

  it("deletes a period nobody worked in, with its empty LKEs and their score rows; archives an empty open one", async () => {
    const zero = { total: 0, pengungkit: 0, hasil: 0, pemenuhan: 0, reform: 0, answered: 0, wbkMet: false, wbbmMet: false, result: {} };
    await prisma.assessmentScore.create({ data: { assessmentId: "asm-a", side: "SELF", ...zero } });
    await deletePeriod(world.users.admin, { periodId: "p2026" });
    expect(await periodState()).toBeNull();
    expect(await prisma.assessment.count({ where: { periodId: "p2026" } })).toBe(0);
    expect(await prisma.assessmentScore.count({ where: { assessmentId: "asm-a" } })).toBe(0);
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "period.delete" } })).toMatchObject({ entityId: "p2026", before: { name: "ZI 2026", year: 2026, _count: { assessments: 3 } } });

    await prisma.period.create({ data: { id: "p2027", agencyId: "ag", year: 2027, name: "ZI 2027", catalogueVersionId: world.catalogueVersionId } });
    await archivePeriod(world.users.admin, { periodId: "p2027" });
    expect(await prisma.period.findUniqueOrThrow({ where: { id: "p2027" } })).toMatchObject({ status: "ARCHIVED" });
  });

  it("another agency's admin and non-admins can neither close, archive nor delete", async () => {
    for (const user of [otherAdmin, world.users.leaderRegion, world.users.headA]) {
      await expect(deletePeriod(user, { periodId: "p2026" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(closePeriod(user, { periodId: "p2026" })).rejects.toBeInstanceOf(NotFoundError);
      await expect(archivePeriod(user, { periodId: "p2026" })).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await prisma.period.findUniqueOrThrow({ where: { id: "p2026" } })).toMatchObject({ status: "OPEN" });
  });
});
