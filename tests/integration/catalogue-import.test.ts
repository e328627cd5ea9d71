import { beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { catalogueChecksum, unsafeImportCatalogue } from "@/lib/catalogue/mutations";
import { getCatalogue } from "@/lib/catalogue/queries";
import { NotFoundError } from "@/lib/errors";
import type { TCatalogue, TItem, TNode } from "@/lib/scoring/types";
import { emptyDatabase } from "@/tests/support/db";
import {
  changedCatalogueFile, fileNodes, fileQuestions, importCatalogueFile, parseOrThrow, readShippedCatalogueFile,
} from "@/tests/support/catalogue-file";
import { rejectionOf } from "@/tests/support/db-state";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// The shipped LKE ZI 2021 file becomes an immutable catalogue version (createWorld imports it);
// a changed file becomes the next version and never touches the old one.

let world: TWorld;
const shippedFile = readShippedCatalogueFile();
const NODE_COUNT = fileNodes(shippedFile).length;
const ITEM_COUNT = fileQuestions(shippedFile).length;

// From a truly empty database (not the template's copy), so createWorld really imports the file.
beforeEach(async () => {
  await emptyDatabase();
  world = await createWorld();
});

function flatten(catalogue: TCatalogue) {
  const nodes: { node: TNode; parentCode: string | null }[] = [];
  const walk = (node: TNode, parentCode: string | null) => {
    nodes.push({ node, parentCode });
    node.children.forEach((child) => walk(child, node.code));
  };
  catalogue.components.forEach((c) => walk(c, null));
  return { nodes, items: nodes.flatMap(({ node }) => node.items.map((item) => ({ item, indicator: node.code }))) };
}

/** Every row of one version, in a form that two reads can compare with toEqual. */
async function versionRows(versionId: string) {
  const [version, nodes, items] = await Promise.all([
    prisma.catalogueVersion.findUniqueOrThrow({ where: { id: versionId } }),
    prisma.catalogueNode.findMany({ where: { versionId }, orderBy: { code: "asc" }, include: { parent: { select: { code: true } } } }),
    prisma.catalogueItem.findMany({ where: { versionId }, orderBy: { position: "asc" }, include: { node: { select: { code: true } } } }),
  ]);
  return { version, nodes, items };
}

const itemRow = (versionId: string, code: string) =>
  prisma.catalogueItem.findUniqueOrThrow({ where: { versionId_code: { versionId, code } } });

describe("importing the shipped catalogue", () => {
  it("stores one version with 113 items and every node of the file", async () => {
    expect([NODE_COUNT, ITEM_COUNT]).toEqual([62, 113]);
    const { version, nodes, items } = await versionRows(world.catalogueVersionId);
    expect(version).toMatchObject({ code: "LKE-ZI-2021", version: 1, itemCount: 113, createdById: null });
    expect(version.checksum).toBe(catalogueChecksum(parseOrThrow(shippedFile)));
    expect(nodes).toHaveLength(NODE_COUNT);
    expect(items).toHaveLength(ITEM_COUNT);
    expect(items.map((i) => i.position)).toEqual(Array.from({ length: 113 }, (_, i) => i));
  });

  it("round-trips every node: kind, title, weight, parent and order", async () => {
    const { nodes: expected } = flatten(parseOrThrow(shippedFile));
    const { nodes } = await versionRows(world.catalogueVersionId);
    const byCode = new Map(nodes.map((n) => [n.code, n]));
    for (const { node, parentCode } of expected) {
      const row = byCode.get(node.code);
      expect({ code: row?.code, kind: row?.kind, title: row?.title, weight: row?.weight, parent: row?.parent?.code ?? null }).toEqual({
        code: node.code, kind: node.kind.toUpperCase(), title: node.title, weight: node.weight, parent: parentCode,
      });
    }
    expect(byCode.get("A.I.5")?.weight).toBe(7.5);
    expect(byCode.get("B.I")?.weight).toBe(22.5);
    expect(nodes.filter((n) => n.parent?.code === "A.I").sort((a, b) => a.position - b.position).map((n) => n.code)).toEqual(
      ["A.I.1", "A.I.2", "A.I.3", "A.I.4", "A.I.5", "A.I.6"],
    );
  });

  it("round-trips every item: type, own weight, options, inputs, formula, texts", async () => {
    const { items: expected } = flatten(parseOrThrow(shippedFile));
    const { items } = await versionRows(world.catalogueVersionId);
    expect(items.map((i) => i.code)).toEqual(expected.map((e) => e.item.code));
    expected.forEach(({ item, indicator }: { item: TItem; indicator: string }, index) => {
      const row = items[index];
      expect({
        code: row?.code, node: row?.node.code, answerType: row?.answerType, weight: row?.weight, options: row?.options,
        inputs: row?.inputs, formula: row?.formula, text: row?.text, guidance: row?.guidance, expectedEvidence: row?.expectedEvidence,
      }).toEqual({
        code: item.code, node: indicator, answerType: item.answerType, weight: item.weight, options: item.options,
        inputs: item.inputs.length ? item.inputs : null, formula: item.formula, text: item.text, guidance: item.guidance,
        expectedEvidence: item.expectedEvidence,
      });
    });
  });

  it("keeps the formulas' edge rules as data", async () => {
    const id = world.catalogueVersionId;
    expect((await itemRow(id, "A.II.5.2.a")).formula).toEqual({ kind: "ratio", numerator: ["selesai"], denominator: ["harus"], whenDenominatorZero: 1 });
    expect((await itemRow(id, "A.II.1.1.a")).formula).toMatchObject({ kind: "ratio", whenDenominatorZero: 0 });
    expect((await itemRow(id, "A.II.3.3.a")).formula).toEqual({
      kind: "decrease", previous: "lalu", current: "kini", whenPreviousZero: { currentZero: 1, currentPositive: 0 },
    });
    expect(await itemRow(id, "B.I.a")).toMatchObject({ answerType: "SURVEY_INDEX_0_4", weight: 17.5, options: [], inputs: null, formula: null });
    expect(await itemRow(id, "B.I.b")).toMatchObject({ answerType: "ABCDE", weight: 5 });
    expect((await itemRow(id, "A.I.1.3.a")).options).toEqual([
      expect.objectContaining({ key: "A", value: 1 }), expect.objectContaining({ key: "B", value: 0.67 }),
      expect.objectContaining({ key: "C", value: 0.33 }), expect.objectContaining({ key: "D", value: 0 }),
    ]);
  });

  it("writes one catalogue.import audit event", async () => {
    const events = await prisma.auditEvent.findMany({ where: { action: "catalogue.import" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: null, entityType: "CatalogueVersion", entityId: world.catalogueVersionId, assessmentId: null, itemId: null, before: null,
      after: { code: "LKE-ZI-2021", version: 1, itemCount: 113, checksum: catalogueChecksum(parseOrThrow(shippedFile)) },
    });
  });
});

describe("importing again", () => {
  it("identical content changes nothing and returns the same version", async () => {
    const before = await versionRows(world.catalogueVersionId);
    const result = await importCatalogueFile(readShippedCatalogueFile(), "admin");
    expect(result).toEqual({ versionId: world.catalogueVersionId, version: 1, created: false });
    expect(await prisma.catalogueVersion.count()).toBe(1);
    expect(await prisma.catalogueItem.count()).toBe(113);
    expect(await versionRows(world.catalogueVersionId)).toEqual(before);
    expect(await prisma.auditEvent.count({ where: { action: "catalogue.import" } })).toBe(1);
  });

  it("a changed copy becomes version 2 and leaves version 1 untouched", async () => {
    const v1Before = await versionRows(world.catalogueVersionId);
    const result = await importCatalogueFile(changedCatalogueFile("A.I.1.1.b", "Label baru"), "admin");
    expect(result).toMatchObject({ version: 2, created: true });
    expect(result.versionId).not.toBe(world.catalogueVersionId);

    expect(await versionRows(world.catalogueVersionId)).toEqual(v1Before);
    expect((await itemRow(result.versionId, "A.I.1.1.b")).options).toEqual(expect.arrayContaining([expect.objectContaining({ key: "A", label: "Label baru" })]));
    expect((await itemRow(world.catalogueVersionId, "A.I.1.1.b")).options).not.toEqual(expect.arrayContaining([expect.objectContaining({ label: "Label baru" })]));
    expect(await prisma.catalogueItem.count({ where: { versionId: result.versionId } })).toBe(113);
    expect(await prisma.catalogueNode.count({ where: { versionId: result.versionId } })).toBe(NODE_COUNT);

    const events = await prisma.auditEvent.findMany({ where: { action: "catalogue.import" }, orderBy: { id: "asc" } });
    expect(events.map((e) => [e.actorId, e.entityId, (e.after as { version: number }).version])).toEqual([
      [null, world.catalogueVersionId, 1],
      ["admin", result.versionId, 2],
    ]);
  });

  it("two simultaneous imports of the same new content create one version", async () => {
    const catalogue = parseOrThrow(changedCatalogueFile());
    const results = await Promise.all([unsafeImportCatalogue(catalogue, "admin"), unsafeImportCatalogue(catalogue, "admin")]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(results[0]?.versionId).toBe(results[1]?.versionId);
    expect(results.map((r) => r.version)).toEqual([2, 2]);
    expect(await prisma.catalogueVersion.count()).toBe(2);
  });
});

describe("getCatalogue", () => {
  it("returns the lookups the pages and the save path use", async () => {
    const loaded = await getCatalogue(world.catalogueVersionId);
    expect(loaded.sections.map((s) => s.code)).toEqual([
      "A.I.1", "A.I.2", "A.I.3", "A.I.4", "A.I.5", "A.I.6",
      "A.II.1", "A.II.2", "A.II.3", "A.II.4", "A.II.5", "A.II.6",
      "B.I", "B.II",
    ]);
    expect([loaded.itemsById.size, loaded.itemIdByCode.size, loaded.nodesByCode.size]).toEqual([113, 113, NODE_COUNT]);

    const lhkpn = loaded.itemsById.get(world.itemId("A.II.5.3.1.a"));
    expect([lhkpn?.indicator.code, lhkpn?.group.code, lhkpn?.part.code]).toEqual(["A.II.5.3.1", "A.II.5", "A.II"]);
    const ipak = loaded.itemsById.get(world.itemId("B.I.a"));
    expect([ipak?.indicator.code, ipak?.group.code, ipak?.part.code, ipak?.item.weight]).toEqual(["B.I", "B.I", "B.I", 17.5]);
    expect(loaded.catalogue).toEqual(parseOrThrow(shippedFile));
  });

  it("an unknown version is a NotFoundError", async () => {
    const error = await rejectionOf(getCatalogue("no-such-version"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error?.message).toBe("Katalog tidak ditemukan.");
  });
});
