import type { TCatalogue, TItem, TNode } from "@/lib/scoring/types";

export type TNodePlace = { node: TNode; ancestors: TNode[] };

export type TItemPlace = {
  item: TItem;
  node: TNode;
  /** The enclosing area, or the nearest part/component when the item sits above area level (Hasil). */
  groupCode: string;
  /** Position in catalogue order, used to break ties. */
  index: number;
};

/** Every node, parents before children, in catalogue order. */
export function listNodes(catalogue: TCatalogue): TNodePlace[] {
  const places: TNodePlace[] = [];
  const visit = (node: TNode, ancestors: TNode[]) => {
    places.push({ node, ancestors });
    for (const child of node.children) visit(child, [...ancestors, node]);
  };
  for (const component of catalogue.components) visit(component, []);
  return places;
}

/** Every item in catalogue order with the node that holds it. */
export function listItems(catalogue: TCatalogue): TItemPlace[] {
  const places: TItemPlace[] = [];
  for (const { node, ancestors } of listNodes(catalogue)) {
    const groupCode = groupCodeOf([...ancestors, node]);
    for (const item of node.items) {
      places.push({ item, node, groupCode, index: places.length });
    }
  }
  return places;
}

function groupCodeOf(path: TNode[]): string {
  for (const kind of ["area", "part", "component"] as const) {
    const match = path.findLast((node) => node.kind === kind);
    if (match) return match.code;
  }
  return path[path.length - 1]?.code ?? "";
}
