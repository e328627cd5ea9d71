import "server-only";
import { prisma } from "@/lib/db";
import { getCatalogue } from "@/lib/catalogue/queries";
import type { TNode } from "@/lib/scoring/types";

export type TPlanIndicator = { nodeId: string; code: string; title: string; expectedDocuments: { value: string; label: string }[] };
export type TPlanArea = { code: string; title: string; indicators: TPlanIndicator[] };

// The rows of a plan for a catalogue version: its LKE pages (areas, Hasil parts), each with the
// nodes that hold items (indicators). Versions are immutable: kept for the process's life.
const cache = ((globalThis as { __planStructure?: Map<string, Promise<TPlanArea[]>> }).__planStructure ??= new Map());

export function getPlanStructure(versionId: string): Promise<TPlanArea[]> {
  let loaded = cache.get(versionId);
  if (!loaded) {
    loaded = load(versionId);
    cache.set(versionId, loaded);
    loaded.catch(() => cache.delete(versionId));
  }
  return loaded;
}

async function load(versionId: string): Promise<TPlanArea[]> {
  const [loaded, nodes] = await Promise.all([
    getCatalogue(versionId),
    prisma.catalogueNode.findMany({ where: { versionId }, select: { id: true, code: true } }),
  ]);
  const nodeIds = new Map(nodes.map((n) => [n.code, n.id]));
  const holders = (node: TNode): TNode[] => [...(node.items.length ? [node] : []), ...node.children.flatMap(holders)];
  return loaded.sections.map((section) => ({
    code: section.code,
    title: section.title,
    indicators: holders(section).map((node) => ({
      nodeId: nodeIds.get(node.code)!,
      code: node.code,
      title: node.title,
      expectedDocuments: node.items.flatMap((item) =>
        item.expectedEvidence.map((label, entry) => ({ value: `${loaded.itemIdByCode.get(item.code)}:${entry}`, label: `${item.code}: ${label}` }))),
    })),
  }));
}
