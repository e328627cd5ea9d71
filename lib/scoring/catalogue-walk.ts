import type { TCatalogue, TItem, TNode } from "@/lib/scoring/types";

export type TNodePlace = { node: TNode; ancestors: TNode[] };

export type TItemPlace = {
  item: TItem;
  node: TNode;
  /** The node's ancestors, outermost first (component, part, area...). */
  ancestors: TNode[];
  /** The enclosing area, or the nearest part/component when the item sits above area level (Hasil). */
  groupCode: string;
  /** Position in catalogue order, used to break ties. */
  index: number;
};

// A catalogue version is immutable: its walks are computed once per catalogue object.
const nodeWalks = new WeakMap<TCatalogue, TNodePlace[]>();
const itemWalks = new WeakMap<TCatalogue, TItemPlace[]>();
const itemIndexes = new WeakMap<TCatalogue, Map<string, TItemPlace>>();

/** Every node, parents before children, in catalogue order. */
export function listNodes(catalogue: TCatalogue): readonly TNodePlace[] {
  let places = nodeWalks.get(catalogue);
  if (places) return places;
  const found: TNodePlace[] = [];
  const visit = (node: TNode, ancestors: TNode[]) => {
    found.push({ node, ancestors });
    for (const child of node.children) visit(child, [...ancestors, node]);
  };
  for (const component of catalogue.components) visit(component, []);
  places = found;
  nodeWalks.set(catalogue, places);
  return places;
}

/** Every item in catalogue order with the node that holds it. */
export function listItems(catalogue: TCatalogue): readonly TItemPlace[] {
  let places = itemWalks.get(catalogue);
  if (places) return places;
  const found: TItemPlace[] = [];
  for (const { node, ancestors } of listNodes(catalogue)) {
    const groupCode = groupCodeOf([...ancestors, node]);
    for (const item of node.items) {
      found.push({ item, node, ancestors, groupCode, index: found.length });
    }
  }
  places = found;
  itemWalks.set(catalogue, places);
  return places;
}

/** The place of one item by its code. */
export function findItem(catalogue: TCatalogue, code: string): TItemPlace | undefined {
  let index = itemIndexes.get(catalogue);
  if (!index) {
    index = new Map(listItems(catalogue).map((place) => [place.item.code, place]));
    itemIndexes.set(catalogue, index);
  }
  return index.get(code);
}

function groupCodeOf(path: TNode[]): string {
  for (const kind of ["area", "part", "component"] as const) {
    const match = path.findLast((node) => node.kind === kind);
    if (match) return match.code;
  }
  return path[path.length - 1]?.code ?? "";
}
