import type { TItem, TNode } from "@/lib/scoring/types";
import { HEADER_ROW, inputRowCode } from "@/lib/workbook/layout";

// Where every node, item and PERCENT input sits in the LKE sheet. Pure: the writer and the tests
// (which compute the sheet with a spreadsheet engine) place and find cells through it.

export type TPlannedRow =
  | { kind: "total"; row: number; childRows: number[] }
  | { kind: "node"; row: number; node: TNode; depth: number; childRows: number[] }
  | { kind: "item"; row: number; item: TItem; node: TNode; depth: number; nodeRow: number; sharedCount: number; inputRows: number[] }
  | { kind: "input"; row: number; item: TItem; position: number; code: string; label: string; depth: number };

export type TRowPlan = {
  rows: TPlannedRow[];
  totalRow: number;
  rowOfNode: Map<string, number>;
  rowOfItem: Map<string, number>;
};

/** The total first (visible under the frozen header), then the tree in catalogue order. */
export function planRows(components: TNode[]): TRowPlan {
  const rows: TPlannedRow[] = [];
  const rowOfNode = new Map<string, number>();
  const rowOfItem = new Map<string, number>();
  let next = HEADER_ROW + 1;
  const total: TPlannedRow = { kind: "total", row: next++, childRows: [] };
  rows.push(total);

  const visit = (node: TNode, depth: number): number => {
    const planned: TPlannedRow = { kind: "node", row: next++, node, depth, childRows: [] };
    rows.push(planned);
    rowOfNode.set(node.code, planned.row);
    const sharedCount = node.items.filter((item) => item.weight === null).length;
    for (const item of node.items) {
      const itemRow: TPlannedRow = { kind: "item", row: next++, item, node, depth: depth + 1, nodeRow: planned.row, sharedCount, inputRows: [] };
      rows.push(itemRow);
      rowOfItem.set(item.code, itemRow.row);
      planned.childRows.push(itemRow.row);
      item.inputs.forEach((input, position) => {
        const inputRow = next++;
        itemRow.inputRows.push(inputRow);
        rows.push({ kind: "input", row: inputRow, item, position, code: inputRowCode(item.code, position), label: input.label, depth: depth + 2 });
      });
    }
    for (const child of node.children) planned.childRows.push(visit(child, depth + 1));
    return planned.row;
  };
  for (const component of components) total.childRows.push(visit(component, 0));
  return { rows, totalRow: total.row, rowOfNode, rowOfItem };
}
