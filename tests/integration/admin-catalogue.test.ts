import { beforeEach, describe, expect, it } from "vitest";
import lkeZi2021 from "@/lib/catalogue/data/lke-zi-2021.json";
import { prisma } from "@/lib/db";
import {
  getCatalogueVersionDetail,
  importCatalogueUpload,
  listCatalogueVersionOptions,
  listCatalogueVersions,
} from "@/lib/catalogue/admin-queries";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { loadUser, type TSessionUser } from "@/lib/auth/load-user";
import { authorizeCatalogue } from "@/lib/access/catalogue-access";
import { resetDatabase } from "@/tests/support/db";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// Any admin reads the catalogue; only an admin of the installation imports. Everyone else gets
// NotFoundError (never ForbiddenError): the admin screens answer 404 and reveal nothing.

let world: TWorld;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

const importer = (user: TSessionUser = world.users.admin) => authorizeCatalogue(user, "catalogue.import");
const reader = (user: TSessionUser = world.users.admin) => authorizeCatalogue(user, "catalogue.read");

async function adminOn(unitId: string): Promise<TSessionUser> {
  const id = `admin-${unitId}`;
  await prisma.user.create({ data: { id, email: `${id}@test.id`, name: id, passwordHash: "x", roles: { create: [{ role: "ADMIN", unitId }] } } });
  return (await loadUser(id)) as TSessionUser;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TJson = any;
const variant = (mutate: (file: TJson) => void) => {
  const file: TJson = structuredClone(lkeZi2021);
  mutate(file);
  return JSON.stringify(file, null, 1);
};

async function storedCounts() {
  return {
    versions: await prisma.catalogueVersion.count(),
    nodes: await prisma.catalogueNode.count(),
    items: await prisma.catalogueItem.count(),
    audits: await prisma.auditEvent.count(),
  };
}

describe("importCatalogueUpload", () => {
  it("reports a JSON syntax error and stores nothing", async () => {
    const before = await storedCounts();
    const outcome = await importCatalogueUpload(importer(), '{ "code": "LKE-ZI-2021", ');
    expect(outcome.status).toBe("invalid");
    if (outcome.status !== "invalid") return;
    expect(outcome.errors).toHaveLength(1);
    expect(outcome.errors[0]).toMatchObject({ path: "" });
    expect(outcome.errors[0]!.message).toMatch(/^Berkas bukan JSON yang valid/);
    expect(await storedCounts()).toEqual(before);
  });

  it("returns every problem of a file (duplicate item code and weight mismatch together) and stores nothing", async () => {
    const before = await storedCounts();
    const json = variant((file) => {
      const indicator = file.components[0].children[0].children[0].children[0];
      indicator.questions[1].code = "A.I.1.1.a";
      file.components[0].children[0].children[1].children[0].weight += 1;
    });
    const outcome = await importCatalogueUpload(importer(), json);
    expect(outcome.status).toBe("invalid");
    if (outcome.status !== "invalid") return;
    const messages = outcome.errors.map((e) => e.message);
    expect(messages).toContainEqual(expect.stringMatching(/^Kode butir A\.I\.1\.1\.a dipakai lebih dari sekali/));
    expect(messages).toContainEqual(expect.stringMatching(/^Bobot area A\.I\.2 \(.+\) tidak sama dengan jumlah bobot indikatornya/));
    expect(outcome.errors.length).toBeGreaterThanOrEqual(2);
    for (const error of outcome.errors) expect(error.path).not.toBe("");
    expect(await storedCounts()).toEqual(before);
  });

  it("imports a changed catalogue as a new version and leaves the version in use untouched", async () => {
    const original = await prisma.catalogueVersion.findUniqueOrThrow({ where: { id: world.catalogueVersionId } });
    const json = variant((file) => (file.title = `${file.title} (revisi)`));
    const outcome = await importCatalogueUpload(importer(), json);
    expect(outcome).toMatchObject({ status: "created", code: "LKE-ZI-2021", version: 2 });
    if (outcome.status === "invalid") return;

    const created = await prisma.catalogueVersion.findUniqueOrThrow({ where: { id: outcome.versionId } });
    expect(created).toMatchObject({ itemCount: 113, createdById: world.users.admin.id, title: expect.stringContaining("(revisi)") });
    expect(await prisma.catalogueItem.count({ where: { versionId: created.id } })).toBe(113);
    const after = await prisma.catalogueVersion.findUniqueOrThrow({ where: { id: world.catalogueVersionId } });
    expect(after).toEqual(original);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "catalogue.import", entityId: created.id } });
    expect(audit.actorId).toBe(world.users.admin.id);
  });

  it("creates no version when the content equals the latest version", async () => {
    const outcome = await importCatalogueUpload(importer(), JSON.stringify(lkeZi2021));
    expect(outcome).toMatchObject({ status: "unchanged", version: 1, versionId: world.catalogueVersionId });
    expect(await prisma.catalogueVersion.count({ where: { instrument: "LKE_ZI" } })).toBe(1);
  });

  it("refuses an empty upload and a file over 2 MB", async () => {
    await expect(importCatalogueUpload(importer(), "")).rejects.toBeInstanceOf(ValidationError);
    const big = JSON.stringify({ padding: "x".repeat(2 * 1024 * 1024) });
    await expect(importCatalogueUpload(importer(), big)).rejects.toThrow("lebih dari 2 MB");
  });
});

describe("catalogue admin queries", () => {
  it("lists versions with the periods that use them", async () => {
    const [row] = await listCatalogueVersions(reader());
    expect(row).toMatchObject({ code: "LKE-ZI-2021", version: 1, itemCount: 113, inUse: true });
    expect(row!.periods.map((p) => p.name)).toEqual(["ZI 2026"]);
    expect(await listCatalogueVersionOptions(reader())).toHaveLength(1);
  });

  it("returns the tree and the predicate thresholds of a version", async () => {
    const detail = await getCatalogueVersionDetail(reader(), world.catalogueVersionId);
    expect(detail.components.map((c) => c.code)).toEqual(["A", "B"]);
    expect(detail.predicates.map((p) => [p.code, p.totalMin])).toEqual([["WBK", 75], ["WBBM", 85]]);
    await expect(getCatalogueVersionDetail(reader(), "missing")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("catalogue admin functions refuse non-admins with NotFoundError", () => {
  const nonAdmins = ["memberA", "headA", "evaluator", "leaderRegion"] as const;

  it.each(nonAdmins)("%s", (who) => {
    const user = world.users[who];
    expect(() => reader(user)).toThrow(NotFoundError);
    expect(() => importer(user)).toThrow(NotFoundError);
  });
});

describe("catalogue import is a right of the installation's admins", () => {
  it("an agency's admin reads every version but imports none (NotFoundError, nothing stored)", async () => {
    const agencyAdmin = await adminOn("root");
    expect((await listCatalogueVersionOptions(reader(agencyAdmin))).map((v) => v.id)).toEqual([world.catalogueVersionId]);
    const before = await storedCounts();
    expect(() => importer(agencyAdmin)).toThrow(NotFoundError);
    expect(await storedCounts()).toEqual(before);
  });

  it("an installation admin imports; the version list names only periods of the agencies the reader manages", async () => {
    const outcome = await importCatalogueUpload(importer(), variant((file) => (file.title = `${file.title} (revisi)`)));
    expect(outcome).toMatchObject({ status: "created", version: 2 });
    await prisma.agency.create({ data: { id: "ag2", code: "AG2", name: "Instansi Lain" } });
    await prisma.unit.create({ data: { id: "x1", code: "X1", name: "Unit lain", level: "Pusat", agencyId: "ag2", path: "/x1/" } });
    await prisma.period.create({ data: { id: "p-other", agencyId: "ag2", year: 2026, name: "ZI Lain 2026", catalogueVersionId: world.catalogueVersionId } });
    const named = async (user: TSessionUser) => (await listCatalogueVersions(reader(user))).find((v) => v.version === 1)!.periods.map((p) => p.name);
    expect(await named(world.users.admin)).toEqual(["ZI 2026", "ZI Lain 2026"]);
    expect(await named(await adminOn("root"))).toEqual(["ZI 2026"]);
  });
});
