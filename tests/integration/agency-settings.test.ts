import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getManagedAgencyLogo, listAgencySettings, unsafeGetDocumentSettings } from "@/lib/agency-settings/queries";
import { removeAgencyLogo, saveAgencyLogo, saveAgencySettings } from "@/lib/agency-settings/mutations";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { resetDatabase } from "@/tests/support/db";
import { rejectionOf } from "@/tests/support/db-state";
import { htmlPage, samplePng } from "@/tests/support/evidence-files";
import { useTemporaryStorage } from "@/tests/support/evidence-storage";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// The agency's document settings: only its admins change them; bad input is refused whole.

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
    expect((await listAgencySettings(world.users.admin))[0]!.settings).toMatchObject({ letterheadLines: ["KEJAKSAAN RI"], place: "Jakarta", logoKey: null });
    await saveAgencySettings(world.users.admin, INPUT);
    expect(await unsafeGetDocumentSettings("ag")).toMatchObject({
      letterheadLines: ["KEJAKSAAN REPUBLIK INDONESIA", "JAKSA AGUNG MUDA BIDANG PENGAWASAN"], approverNip: "197001011995031001", place: "Jakarta",
    });
    expect(await prisma.auditEvent.count({ where: { action: "agency.documents.update", actorId: "admin" } })).toBe(1);
  });

  it("answers 404 to anyone but the agency's admins and refuses bad input without writing", async () => {
    expect(await rejectionOf(saveAgencySettings(world.users.leaderRegion, INPUT))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(listAgencySettings(world.users.memberA))).toBeInstanceOf(NotFoundError);
    const bad = await rejectionOf(saveAgencySettings(world.users.admin, { ...INPUT, lheNumberPattern: "LHE/{tahun}" }));
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad?.message).toBe("Pola nomor LHE harus memuat {urut} (nomor urut).");
    expect(await prisma.agencyDocumentSettings.count()).toBe(0);
  });

  it("stores a PNG logo, refuses other content, replaces and removes it", async () => {
    const first = samplePng(40, 40, [200, 0, 0]);
    await saveAgencyLogo(world.users.admin, "ag", first);
    expect((await getManagedAgencyLogo(world.users.admin, "ag")).bytes.equals(first)).toBe(true);
    const refused = await rejectionOf(saveAgencyLogo(world.users.admin, "ag", htmlPage()));
    expect(refused?.message).toBe("Logo harus berupa gambar PNG atau JPEG.");
    expect(await rejectionOf(saveAgencyLogo(world.users.memberA, "ag", first))).toBeInstanceOf(NotFoundError);
    await saveAgencyLogo(world.users.admin, "ag", samplePng(20, 20, [0, 0, 200]));
    expect(storage.files()).toHaveLength(1);
    expect(await removeAgencyLogo(world.users.admin, "ag")).toEqual({ removed: true });
    expect(storage.files()).toEqual([]);
    expect(await rejectionOf(getManagedAgencyLogo(world.users.admin, "ag"))).toBeInstanceOf(NotFoundError);
  });
});
