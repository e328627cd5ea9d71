import "server-only";
import { prisma } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { TCatalogue, TItem, TNode } from "@/lib/scoring/types";

export type TCatalogueItemRef = { id: string; item: TItem; indicator: TNode; group: TNode; part: TNode };

/** A catalogue version with lookups the pages and the save path need. */
export type TLoadedCatalogue = {
  versionId: string;
  catalogue: TCatalogue;
  itemsById: Map<string, TCatalogueItemRef>;
  itemIdByCode: Map<string, string>;
  nodesByCode: Map<string, TNode>;
  /** Areas of Pengungkit (Pemenuhan then Reform) and the Hasil parts: the pages of the LKE. */
  sections: TNode[];
};

// Versions are immutable, so a process may keep them for its whole life (safe across instances).
const cache = ((globalThis as { __catalogueCache?: Map<string, Promise<TLoadedCatalogue>> }).__catalogueCache ??= new Map());

export function getCatalogue(versionId: string): Promise<TLoadedCatalogue> {
  let loaded = cache.get(versionId);
  if (!loaded) {
    loaded = loadCatalogue(versionId);
    cache.set(versionId, loaded);
    loaded.catch(() => cache.delete(versionId));
  }
  return loaded;
}

async function loadCatalogue(versionId: string): Promise<TLoadedCatalogue> {
  const version = await prisma.catalogueVersion.findUnique({
    where: { id: versionId },
    select: { document: true, items: { select: { id: true, code: true } } },
  });
  if (!version) throw new NotFoundError("Katalog tidak ditemukan.");
  const catalogue = version.document as unknown as TCatalogue;
  const itemIdByCode = new Map(version.items.map((i) => [i.code, i.id]));
  const itemsById = new Map<string, TCatalogueItemRef>();
  const nodesByCode = new Map<string, TNode>();
  const sections: TNode[] = [];

  const walk = (node: TNode, part: TNode | null, group: TNode | null) => {
    nodesByCode.set(node.code, node);
    const currentPart = node.kind === "part" ? node : part;
    const currentGroup = node.kind === "area" || (node.kind === "part" && node.items.length) ? node : group;
    if (currentGroup === node) sections.push(node);
    for (const item of node.items) {
      const id = itemIdByCode.get(item.code);
      if (id) itemsById.set(id, { id, item, indicator: node, group: currentGroup ?? node, part: currentPart ?? node });
    }
    for (const child of node.children) walk(child, currentPart, currentGroup);
  };
  for (const component of catalogue.components) walk(component, null, null);
  return { versionId, catalogue, itemsById, itemIdByCode, nodesByCode, sections };
}
