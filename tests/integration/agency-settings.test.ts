import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { authorizeAgency } from "@/lib/access/period-access";
import { authorizeScope } from "@/lib/access/scope-access";
import { getAgencyLogo, listAgencySettings } from "@/lib/agency-settings/queries";
import { removeAgencyLogo, saveAgencyLogo, saveAgencySettings } from "@/lib/agency-settings/mutations";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { htmlPage, samplePng } from "@/tests/support/evidence-files";
import { useTemporaryStorage } from "@/tests/support/evidence-storage";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// The agency's document settings: only its admins change them; bad input is refused whole.

const list = async (user: TSessionUser) => listAgencySettings(authorizeScope(user, "agency.manage"));
const logo = async (user: TSessionUser, agencyId: string) => getAgencyLogo(await authorizeAgency(user, agencyId, "agency.manage"));
const settingsOf = async (agencyId: string) => (await prisma.agencyDocumentSettings.findUniqueOrThrow({ where: { agencyId } }));

/** An admin of the agency's top unit, and a second agency with its own admin. */
async function agencyAdmins() {
  await prisma.agency.create({ data: { id: "ag2", code: "AG2", name: "Instansi Lain" } });
  await prisma.unit.create({ data: { id: "x1", code: "X1", name: "Unit lain", level: "Pusat", agencyId: "ag2", path: "/x1/" } });
  const passwordHash = (await prisma.user.findUniqueOrThrow({ where: { id: "admin" } })).passwordHash;
  for (const [id, unitId] of [["admin-ag", "root"], ["admin-ag2", "x1"], ["admin-region", "region"]] as const) {
    await prisma.user.create({ data: { id, email: `${id}@test.id`, name: id, passwordHash, roles: { create: [{ role: "ADMIN", unitId }] } } });
  }
  const load = async (id: string) => (await loadUser(id)) as TSessionUser;
  return { own: await load("admin-ag"), other: await load("admin-ag2"), region: await load("admin-region") };
}

const storage = useTemporaryStorage();
afterAll(() => storage.remove());
let world: TWorld;

const INPUT = {
  agencyId: "ag", letterhead: "KEJAKSAAN REPUBLIK INDONESIA\nJAKSA AGUNG MUDA BIDANG PENGAWASAN\n", address: "Jl. Sultan Hasanuddin No. 1",
  place: "Jakarta", lheNumberPattern: "LHE-{urut}/H/{bulan}/{tahun}", baNumberPattern: "BA-{urut}/H/{bulan}/{tahun}",
  approverTitle: "Inspektur Wilayah II", approverName: "Hendra Wijaya", approverNip: "19700101 199503 1 001",
};

beforeEach(async () => {
  await resetDatabase();
  storage.clear();
  world = await createWorld();
});

describe("agency document settings", () => {
  it("defaults to the agency's name, then saves what the admin sets, audited", async () => {
    expect((await list(world.users.admin))[0]!.settings).toMatchObject({ letterheadLines: ["KEJAKSAAN RI"], place: "Jakarta", logoKey: null });
    await saveAgencySettings(world.users.admin, INPUT);
    expect(await settingsOf("ag")).toMatchObject({
      letterheadLines: ["KEJAKSAAN REPUBLIK INDONESIA", "JAKSA AGUNG MUDA BIDANG PENGAWASAN"], approverNip: "197001011995031001", place: "Jakarta",
    });
    expect(await prisma.auditEvent.count({ where: { action: "agency.documents.update", actorId: "admin" } })).toBe(1);
  });

  it("answers 404 to anyone but the agency's admins and refuses bad input without writing", async () => {
    expect(await rejectionOf(saveAgencySettings(world.users.leaderRegion, INPUT))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(list(world.users.memberA))).toBeInstanceOf(NotFoundError);
    const bad = await rejectionOf(saveAgencySettings(world.users.admin, { ...INPUT, lheNumberPattern: "LHE/{tahun}" }));
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad?.message).toBe("Pola nomor LHE harus memuat {urut} (nomor urut).");
    expect(await prisma.agencyDocumentSettings.count()).toBe(0);
  });

  it("stores a PNG logo, refuses other content, replaces and removes it", async () => {
    const first = samplePng(40, 40, [200, 0, 0]);
    await saveAgencyLogo(world.users.admin, "ag", first);
    expect((await logo(world.users.admin, "ag")).bytes.equals(first)).toBe(true);
    const refused = await rejectionOf(saveAgencyLogo(world.users.admin, "ag", htmlPage()));
    expect(refused?.message).toBe("Logo harus berupa gambar PNG atau JPEG.");
    expect(await rejectionOf(saveAgencyLogo(world.users.memberA, "ag", first))).toBeInstanceOf(NotFoundError);
    await saveAgencyLogo(world.users.admin, "ag", samplePng(20, 20, [0, 0, 200]));
    expect(storage.files()).toHaveLength(1);
    expect(await removeAgencyLogo(world.users.admin, "ag")).toEqual({ removed: true });
    expect(storage.files()).toEqual([]);
    expect(await rejectionOf(logo(world.users.admin, "ag"))).toBeInstanceOf(NotFoundError);
  });

  it("an agency's admin sees and changes only their agency's settings; a region's admin none", async () => {
    const admins = await agencyAdmins();
    expect((await list(admins.own)).map((a) => a.id)).toEqual(["ag"]);
    expect((await list(admins.other)).map((a) => a.id)).toEqual(["ag2"]);
    expect((await list(world.users.admin)).map((a) => a.id).sort()).toEqual(["ag", "ag2"]);
    // An admin of a region holds no whole agency: nothing to manage, and no agency answers.
    expect(await list(admins.region)).toEqual([]);
    expect(await rejectionOf(saveAgencySettings(admins.region, INPUT))).toBeInstanceOf(NotFoundError);

    await saveAgencySettings(admins.own, INPUT);
    expect(await rejectionOf(saveAgencySettings(admins.other, INPUT))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(saveAgencyLogo(admins.other, "ag", samplePng(10, 10, [0, 0, 0])))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(removeAgencyLogo(admins.other, "ag"))).toBeInstanceOf(NotFoundError);
    await saveAgencyLogo(admins.own, "ag", samplePng(10, 10, [0, 0, 0]));
    expect(await rejectionOf(logo(admins.other, "ag"))).toBeInstanceOf(NotFoundError);
    expect((await logo(admins.own, "ag")).mimeType).toBe("image/png");
    expect(await prisma.auditEvent.count({ where: { actorId: "admin-ag2" } })).toBe(0);
  });
});
