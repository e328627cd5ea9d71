import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { authorizeAgency } from "@/lib/access/period-access";
import { authorizeUnit } from "@/lib/access/unit-access";
import { authorizeDashboard } from "@/lib/access/dashboard-access";
import { createUnit, moveUnit, setUnitActive, updateUnit } from "@/lib/units/unit-mutations";
import { addUnitLineage, removeUnitLineage } from "@/lib/units/lineage-mutations";
import { listUnitTree } from "@/lib/units/tree-queries";
import { addUserRole } from "@/lib/accounts/user-mutations";
import { carryForward } from "@/lib/carry-forward/carry-forward";
import { getDashboardContext, isReady } from "@/lib/dashboard/get-dashboard-context";
import { getYearOverYear } from "@/lib/dashboard/get-year-over-year";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { WITA } from "@/lib/units/time-zones";
import { resetDatabase } from "@/tests/support/db";
import { createSecondAgency } from "@/tests/support/second-agency";
import { answer, createReviewWorld, type TReviewWorld } from "@/tests/support/review-world";

// Agency admins keep their unit tree: add, edit, move (never into its own subtree), deactivate,
// and record merges and splits that carrying forward and the year-over-year figures follow.

let world: TReviewWorld;
let agencyAdmin: TSessionUser;
let otherAdmin: TSessionUser;

beforeEach(async () => {
  await resetDatabase();
  world = await createReviewWorld();
  ({ agencyAdmin, otherAdmin } = await createSecondAgency());
});

const DETAILS = { code: "KEJARI-BARU", name: "Kejari Baru", level: "Kejari", region: "Sulawesi Selatan", timeZone: WITA };
const pathOf = async (id: string) => (await prisma.unit.findUniqueOrThrow({ where: { id } })).path;
const unchanged = async () => prisma.unit.findMany({ orderBy: { id: "asc" } });

describe("editing the unit tree", () => {
  it("adds a unit under a unit of the agency with its type, region and zone; edits it; both audited", async () => {
    const { unitId } = await createUnit(agencyAdmin, { ...DETAILS, agencyId: "ag", parentId: "region" });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: unitId } })).toMatchObject({ ...DETAILS, agencyId: "ag", parentId: "region", path: `/root/region/${unitId}/`, active: true });
    // The region's leader sees it at once: the subtree is its path.
    expect((await listUnitTree(await authorizeAgency(agencyAdmin, "ag", "unit.manage"))).find((u) => u.id === unitId)).toMatchObject({ depth: 2 });

    await updateUnit(agencyAdmin, { ...DETAILS, unitId, name: "Kejari Baru Raya", timeZone: "Asia/Jakarta" });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: unitId } })).toMatchObject({ name: "Kejari Baru Raya", timeZone: "Asia/Jakarta" });
    const events = await prisma.auditEvent.findMany({ where: { entityId: unitId }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["unit.create", "unit.update"]);
    expect(events[1]!.before).toMatchObject({ name: "Kejari Baru", timeZone: WITA });
  });

  it("sets, changes and clears the district (kecamatan) PEKPPP ranks by, each audited; refuses one too long", async () => {
    const { unitId } = await createUnit(agencyAdmin, { ...DETAILS, district: "  Sungai Kunjang ", agencyId: "ag", parentId: "region" });
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: unitId } })).district).toBe("Sungai Kunjang");
    await updateUnit(agencyAdmin, { ...DETAILS, unitId, district: "Samarinda Ulu" });
    expect(await updateUnit(agencyAdmin, { ...DETAILS, unitId, district: "Samarinda Ulu" })).toEqual({ unitId, changed: false });
    await updateUnit(agencyAdmin, { ...DETAILS, unitId, district: "" });
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: unitId } })).district).toBeNull();
    const events = await prisma.auditEvent.findMany({ where: { entityId: unitId }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.action, (e.before as { district?: string } | null)?.district, (e.after as { district?: string }).district])).toEqual([
      ["unit.create", undefined, "Sungai Kunjang"], ["unit.update", "Sungai Kunjang", "Samarinda Ulu"], ["unit.update", "Samarinda Ulu", null],
    ]);
    const before = await unchanged();
    await expect(updateUnit(agencyAdmin, { ...DETAILS, unitId, district: "x".repeat(81) })).rejects.toThrow("Kecamatan layanan paling banyak 80 karakter.");
    expect(await unchanged()).toEqual(before);
  });

  it("refuses a duplicate code, another agency's parent and bad input with Indonesian messages, changing nothing", async () => {
    const before = await unchanged();
    await expect(createUnit(agencyAdmin, { ...DETAILS, code: "unit-a", agencyId: "ag", parentId: "region" })).rejects.toThrow('Kode unit "unit-a" sudah dipakai unit lain. Gunakan kode lain.');
    await expect(createUnit(agencyAdmin, { ...DETAILS, agencyId: "ag", parentId: "unit-x" })).rejects.toThrow("Unit induk tidak ditemukan di instansi ini.");
    await expect(createUnit(agencyAdmin, { ...DETAILS, code: "ada spasi", agencyId: "ag", parentId: "region" })).rejects.toThrow(/tanpa spasi/);
    await expect(createUnit(agencyAdmin, { ...DETAILS, timeZone: "Europe/Paris", agencyId: "ag", parentId: "region" })).rejects.toThrow("Pilih zona waktu: WIB, WITA atau WIT.");
    await expect(updateUnit(agencyAdmin, { ...DETAILS, unitId: "unit-a", code: "UNIT-B" })).rejects.toBeInstanceOf(ValidationError);
    expect(await unchanged()).toEqual(before);
    expect(await prisma.auditEvent.count({ where: { action: { startsWith: "unit." } } })).toBe(0);
  });

  it("moves a unit with its subtree; refuses a cycle and the top unit", async () => {
    await moveUnit(agencyAdmin, { unitId: "region", parentId: "other-region" });
    expect(await pathOf("region")).toBe("/root/other-region/region/");
    expect(await pathOf("unit-a")).toBe("/root/other-region/region/unit-a/");
    expect(await pathOf("unit-c")).toBe("/root/other-region/unit-c/");
    // The other region's leader now leads the moved subtree too; scopes read paths fresh.
    const leader = await loadUser("leader-other");
    expect((await authorizeDashboard(leader!)).roots.map((r) => r.path)).toEqual(["/root/other-region/"]);
    await moveUnit(agencyAdmin, { unitId: "region", parentId: "root" });

    const before = await unchanged();
    const cycle = await moveUnit(agencyAdmin, { unitId: "region", parentId: "unit-a" }).catch((e: unknown) => e);
    expect(cycle).toBeInstanceOf(ValidationError);
    expect((cycle as Error).message).toBe("Unit unit-a berada di bawah Unit region (atau unit itu sendiri); unit tidak dapat dipindahkan ke bawah dirinya sendiri.");
    await expect(moveUnit(agencyAdmin, { unitId: "region", parentId: "region" })).rejects.toBeInstanceOf(ValidationError);
    await expect(moveUnit(agencyAdmin, { unitId: "root", parentId: "region" })).rejects.toThrow("Unit teratas instansi tidak dapat dipindahkan.");
    await expect(moveUnit(agencyAdmin, { unitId: "unit-a", parentId: "unit-x" })).rejects.toThrow("Unit induk tidak ditemukan di instansi ini.");
    expect(await unchanged()).toEqual(before);
    expect(await prisma.auditEvent.count({ where: { action: "unit.move" } })).toBe(2);
  });

  it("two moves at once cannot make a cycle together", async () => {
    const results = await Promise.allSettled([
      moveUnit(agencyAdmin, { unitId: "region", parentId: "unit-c" }),
      moveUnit(agencyAdmin, { unitId: "other-region", parentId: "unit-a" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const units = await prisma.unit.findMany({ where: { agencyId: "ag" } });
    // Every path starts at the root and ends with the unit: no unit is its own ancestor.
    for (const u of units) expect(u.path.startsWith("/root/") && u.path.endsWith(`/${u.id}/`)).toBe(true);
  });

  it("deactivates a leaf unit out of running periods; refuses one with active units under it, in a running period, or the top unit", async () => {
    await expect(setUnitActive(agencyAdmin, { unitId: "region", active: false })).rejects.toThrow(/masih memiliki unit aktif di bawahnya \(Unit unit-a, Unit unit-b\)/);
    await expect(setUnitActive(agencyAdmin, { unitId: "unit-a", active: false })).rejects.toThrow('Unit unit-a masih menjadi peserta periode "ZI 2026" yang belum ditutup. Tutup periode itu terlebih dahulu.');
    await expect(setUnitActive(agencyAdmin, { unitId: "root", active: false })).rejects.toBeInstanceOf(InvalidStateError);
    expect(await prisma.unit.count({ where: { active: false } })).toBe(0);

    const { unitId } = await createUnit(agencyAdmin, { ...DETAILS, agencyId: "ag", parentId: "region" });
    await setUnitActive(agencyAdmin, { unitId, active: false });
    // A deactivated unit takes no new role and no new child.
    await expect(addUserRole(agencyAdmin, { userId: "member-b", role: "UNIT_MEMBER", unitId })).rejects.toThrow("Unit Kejari Baru sudah dinonaktifkan; pilih unit yang aktif.");
    await expect(createUnit(agencyAdmin, { ...DETAILS, code: "ANAK", agencyId: "ag", parentId: unitId })).rejects.toThrow(/sudah dinonaktifkan/);
    await setUnitActive(agencyAdmin, { unitId, active: true });
    expect(await prisma.auditEvent.findMany({ where: { entityId: unitId, action: { startsWith: "unit.re" } } })).toHaveLength(1);
    expect(await prisma.auditEvent.count({ where: { entityId: unitId, action: "unit.deactivate" } })).toBe(1);
  });
});

describe("cross-agency isolation", () => {
  it("another agency's admin, and anyone but admins, can neither load nor change the units", async () => {
    const before = await unchanged();
    await expect(authorizeUnit(otherAdmin, "unit-a", "unit.manage")).rejects.toBeInstanceOf(NotFoundError);
    await expect(authorizeAgency(otherAdmin, "ag", "unit.manage")).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateUnit(otherAdmin, { ...DETAILS, unitId: "unit-a" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(moveUnit(otherAdmin, { unitId: "unit-a", parentId: "other-region" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(setUnitActive(otherAdmin, { unitId: "unit-c", active: false })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createUnit(otherAdmin, { ...DETAILS, agencyId: "ag", parentId: "region" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addUnitLineage(otherAdmin, { agencyId: "ag", kind: "REPLACE", fromUnitIds: ["unit-b"], toUnitIds: ["unit-a"], year: 2026 })).rejects.toBeInstanceOf(NotFoundError);
    // Nor can an agency admin move its unit under another agency's, or a leader edit its region.
    await expect(moveUnit(otherAdmin, { unitId: "unit-x", parentId: "region" })).rejects.toThrow("Unit induk tidak ditemukan di instansi ini.");
    await expect(updateUnit(world.users.leaderRegion, { ...DETAILS, unitId: "unit-a" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await unchanged()).toEqual(before);
    // The installation's admin manages every agency.
    await expect(authorizeUnit(world.users.admin, "unit-x", "unit.manage")).resolves.toMatchObject({ agencyId: "ag2" });
  });
});

describe("merges and splits keep history", () => {
  it("records a merge, refuses duplicates, cycles and mixed-up kinds, and removes a link", async () => {
    await expect(addUnitLineage(agencyAdmin, { agencyId: "ag", kind: "MERGE", fromUnitIds: ["unit-b"], toUnitIds: ["unit-a"], year: 2026 }))
      .rejects.toThrow("Penggabungan: pilih minimal dua unit lama dan tepat satu unit baru.");
    await expect(addUnitLineage(agencyAdmin, { agencyId: "ag", kind: "REPLACE", fromUnitIds: ["unit-a"], toUnitIds: ["unit-x"], year: 2026 }))
      .rejects.toThrow("Sebagian unit yang dipilih tidak ditemukan di instansi ini. Muat ulang halaman lalu pilih lagi.");
    expect(await addUnitLineage(agencyAdmin, { agencyId: "ag", kind: "MERGE", fromUnitIds: ["unit-b", "unit-c"], toUnitIds: ["unit-a"], year: 2026 })).toEqual({ added: 2 });
    await expect(addUnitLineage(agencyAdmin, { agencyId: "ag", kind: "REPLACE", fromUnitIds: ["unit-b"], toUnitIds: ["unit-a"], year: 2027 })).rejects.toBeInstanceOf(ConflictError);
    await expect(addUnitLineage(agencyAdmin, { agencyId: "ag", kind: "REPLACE", fromUnitIds: ["unit-a"], toUnitIds: ["unit-b"], year: 2027 }))
      .rejects.toThrow("Unit unit-a sudah menjadi penerus Unit unit-b; riwayat unit tidak boleh melingkar.");
    expect(await prisma.unitLineage.count()).toBe(2);
    const link = await prisma.unitLineage.findFirstOrThrow({ where: { fromUnitId: "unit-c" } });
    await expect(removeUnitLineage(otherAdmin, { unitId: "unit-a", lineageId: link.id })).rejects.toBeInstanceOf(NotFoundError);
    await removeUnitLineage(agencyAdmin, { unitId: "unit-a", lineageId: link.id });
    await expect(removeUnitLineage(agencyAdmin, { unitId: "unit-a", lineageId: link.id })).rejects.toThrow("Riwayat unit ini sudah dihapus. Muat ulang halaman.");
    expect(await prisma.auditEvent.findMany({ where: { action: { startsWith: "unit.lineage" } }, select: { action: true } })).toEqual([{ action: "unit.lineage.add" }, { action: "unit.lineage.remove" }]);
  });

  it("carrying forward follows a new unit back to the unit it replaced, and the year-over-year figures count it there", async () => {
    await prisma.period.create({ data: { id: "p2025", agencyId: "ag", year: 2025, name: "ZI 2025", catalogueVersionId: world.catalogueVersionId } });
    await prisma.assessment.create({ data: { id: "asm-b-2025", periodId: "p2025", unitId: "unit-b", itemCount: 113 } });
    await answer(world, world.users.memberB, "A.I.1.1.a", { optionKey: "YA" }, "SELF", "SK 2025", "asm-b-2025");
    // Before the link, unit-a has no earlier LKE.
    await expect(carryForward(world.users.memberA, { assessmentId: "asm-a" })).rejects.toThrow("Unit ini tidak memiliki LKE periode sebelumnya yang berisi jawaban.");

    await addUnitLineage(agencyAdmin, { agencyId: "ag", kind: "REPLACE", fromUnitIds: ["unit-b"], toUnitIds: ["unit-a"], year: 2026 });
    expect(await carryForward(world.users.memberA, { assessmentId: "asm-a" })).toMatchObject({ fromYear: 2025, answers: 1 });
    expect(await prisma.answer.findFirstOrThrow({ where: { assessmentId: "asm-a", side: "SELF" } })).toMatchObject({ narrative: "SK 2025", carried: true });

    // Move unit-b out of the region: its 2025 LKE still counts for the region, where unit-a is.
    await moveUnit(agencyAdmin, { unitId: "unit-b", parentId: "other-region" });
    const leader = (await loadUser("leader-region"))!;
    const context = await getDashboardContext(await authorizeDashboard(leader), "p2026");
    if (!isReady(context)) throw new Error("no period");
    expect((await getYearOverYear(context)).map((y) => [y.year, y.unitCount])).toEqual([[2025, 1], [2026, 1]]);
    // Without the link, the region had no LKE in 2025.
    await prisma.unitLineage.deleteMany();
    expect((await getYearOverYear({ ...context })).map((y) => [y.year, y.unitCount])).toEqual([[2026, 1]]);
  });
});
