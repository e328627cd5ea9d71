import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { TCatalogue, TNode } from "@/lib/scoring/types";
import type { NodeKind } from "@/lib/generated/prisma/enums";
import { itemKey } from "@/lib/catalogue/item-key";

export type TImportResult = { versionId: string; version: number; created: boolean };

export function catalogueChecksum(catalogue: TCatalogue): string {
  return createHash("sha256").update(JSON.stringify(catalogue)).digest("hex");
}

/**
 * Stores a validated catalogue as a new immutable version. Importing the same content as the
 * latest version of its code changes nothing. Unsafe: no access check; callers hold a
 * catalogue.import proof (importCatalogueUpload) or are the bootstrap without a user.
 */
export async function unsafeImportCatalogue(catalogue: TCatalogue, actorId: string | null): Promise<TImportResult> {
  const checksum = catalogueChecksum(catalogue);
  return prisma.$transaction(async (tx) => {
    // Serialise imports of one code so two admins cannot claim the same version number.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"catalogue:" + catalogue.code}))`;
    const latest = await tx.catalogueVersion.findFirst({ where: { code: catalogue.code }, orderBy: { version: "desc" } });
    if (latest?.checksum === checksum) return { versionId: latest.id, version: latest.version, created: false };

    const items = catalogue.components.flatMap(collectItems);
    const version = await tx.catalogueVersion.create({
      data: {
        code: catalogue.code,
        version: (latest?.version ?? 0) + 1,
        instrument: catalogue.instrument ?? "LKE_ZI",
        title: catalogue.title,
        regulation: catalogue.regulation,
        document: catalogue as object,
        predicates: catalogue.predicates as object[],
        checksum,
        itemCount: items.length,
        createdById: actorId,
      },
    });
    await insertNodes(tx, version.id, catalogue.components);
    await recordAudit(tx, {
      actorId,
      action: "catalogue.import",
      entityType: "CatalogueVersion",
      entityId: version.id,
      after: { code: version.code, version: version.version, checksum, itemCount: items.length },
    });
    return { versionId: version.id, version: version.version, created: true };
  }, { timeout: 30_000 });
}

function collectItems(node: TNode): TNode["items"] {
  return [...node.items, ...node.children.flatMap(collectItems)];
}

type TTx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

async function insertNodes(tx: TTx, versionId: string, roots: TNode[]) {
  let itemPosition = 0;
  const walk = async (nodes: TNode[], parentId: string | null) => {
    for (const [position, node] of nodes.entries()) {
      const row = await tx.catalogueNode.create({
        data: { versionId, parentId, kind: node.kind.toUpperCase() as NodeKind, code: node.code, title: node.title, weight: node.weight, position },
      });
      if (node.items.length) {
        await tx.catalogueItem.createMany({
          data: node.items.map((item) => ({
            versionId,
            nodeId: row.id,
            code: item.code,
            key: itemKey(item),
            text: item.text,
            answerType: item.answerType,
            weight: item.weight,
            // A LIKERT item's points as options ({ key: "1", label }) for readers of the rows.
            options: item.scale ? item.scale.labels.map((label, i) => ({ key: String(item.scale!.min + i), label })) : item.options,
            inputs: item.inputs.length ? item.inputs : undefined,
            formula: item.formula ?? undefined,
            guidance: item.guidance,
            expectedEvidence: item.expectedEvidence,
            form: item.form ?? null,
            position: itemPosition++,
          })),
        });
      }
      await walk(node.children, row.id);
    }
  };
  await walk(roots, null);
}
