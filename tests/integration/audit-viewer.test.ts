import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { authorizeAgency } from "@/lib/access/period-access";
import { listAuditEvents } from "@/lib/audit-viewer/queries";
import { pickAuditAgency } from "@/lib/audit-viewer/pick-agency";
import { auditCsv } from "@/lib/audit-viewer/audit-csv";
import { NotFoundError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { createWorld } from "@/tests/support/fixtures";

// The admin's audit viewer: an agency's trail only, searchable by unit, user, kind and date, as CSV.

let agencyAdmin: TSessionUser;
let otherAdmin: TSessionUser;

beforeEach(async () => {
  await resetDatabase();
  await createWorld();
  await prisma.agency.create({ data: { id: "ag2", code: "AG2", name: "BPS" } });
  await prisma.unit.create({ data: { id: "root2", code: "ROOT2", name: "BPS RI", level: "Pusat", agencyId: "ag2", path: "/root2/" } });
  for (const [id, unitId, agencyId] of [["admin-ag", "root", "ag"], ["admin-ag2", "root2", "ag2"]] as const) {
    await prisma.user.create({ data: { id, email: `${id}@test.id`, name: `Admin ${id}`, passwordHash: "x", agencyId, roles: { create: [{ role: "ADMIN", unitId }] } } });
  }
  agencyAdmin = (await loadUser("admin-ag"))!;
  otherAdmin = (await loadUser("admin-ag2"))!;
  const event = (actorId: string, action: string, at: string, assessmentId: string | null, after: object = {}) =>
    prisma.auditEvent.create({ data: { actorId, action, at: new Date(at), entityType: "X", entityId: "x", assessmentId, after } });
  await event("member-a", "answer.save", "2026-03-01T03:00:00Z", "asm-a", { optionKey: "YA" });
  await event("member-b", "answer.save", "2026-03-02T03:00:00Z", "asm-b");
  await event("head-a", "assessment.submit", "2026-03-03T18:00:00Z", "asm-a"); // 4 March in WIB
  await event("admin-ag", "user.create", "2026-03-04T03:00:00Z", null);
  await event("admin-ag2", "user.create", "2026-03-04T04:00:00Z", null);
});

const actions = async (admin: TSessionUser, filters = {}) =>
  (await listAuditEvents(await authorizeAgency(admin, admin === otherAdmin ? "ag2" : "ag", "audit.read"), filters)).events.map((e) => e.action);

describe("audit viewer", () => {
  it("shows an agency admin their agency's trail only; another agency's is 404", async () => {
    expect(await actions(agencyAdmin)).toEqual(["user.create", "assessment.submit", "answer.save", "answer.save"]);
    expect(await actions(otherAdmin)).toEqual(["user.create"]);
    await expect(authorizeAgency(agencyAdmin, "ag2", "audit.read")).rejects.toBeInstanceOf(NotFoundError);
    await expect(pickAuditAgency(agencyAdmin, "ag2")).rejects.toBeInstanceOf(NotFoundError);
    await expect(pickAuditAgency((await loadUser("leader-region"))!, undefined)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("filters by unit, user, kind and WIB day", async () => {
    expect(await actions(agencyAdmin, { unit: "unit-a" })).toEqual(["assessment.submit", "answer.save"]);
    expect(await actions(agencyAdmin, { pengguna: "member-b" })).toEqual(["answer.save"]);
    expect(await actions(agencyAdmin, { jenis: "user." })).toEqual(["user.create"]);
    expect(await actions(agencyAdmin, { dari: "2026-03-04", sampai: "2026-03-04" })).toEqual(["user.create", "assessment.submit"]);
    // Another agency's user is not a filter that widens the scope.
    expect(await actions(agencyAdmin, { pengguna: "admin-ag2" })).toEqual([]);
  });

  it("exports the filtered trail as CSV", async () => {
    const { events } = await listAuditEvents(await authorizeAgency(agencyAdmin, "ag", "audit.read"), { unit: "unit-a" }, true);
    const csv = auditCsv(events);
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Waktu (WIB),Pengguna,Jenis,Unit dan periode,Data,Perubahan (JSON)");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain("2026-03-04 01:00");
    expect(csv).toContain("Unit unit-a · ZI 2026");
  });
});
