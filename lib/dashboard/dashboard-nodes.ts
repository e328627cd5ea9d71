import type { TCatalogue, TNode } from "@/lib/scoring/types";
import { displayTitle } from "@/lib/scoring/format-id";

// The catalogue nodes the dashboard reports on, with their labels. Pure.

export type TDashboardNode = {
  code: string;
  title: string;
  /** "Pemenuhan", "Reform", "Hasil": tells the two "Manajemen Perubahan" areas apart. */
  partLabel: string;
  weight: number;
  /** The area (or Hasil part) an indicator belongs to. */
  areaCode: string;
  areaTitle: string;
};

export type TDashboardNodes = { areas: TDashboardNode[]; indicators: TDashboardNode[] };

/**
 * Areas: the LKE's pages (the six areas of Pemenuhan and of Reform, then the Hasil parts).
 * Indicators: the indicator nodes that hold items (A.II.5.3 is split into A.II.5.3.1 and A.II.5.3.2,
 * which are listed instead of it: the finest level a unit can act on).
 */
export function dashboardNodes(catalogue: TCatalogue): TDashboardNodes {
  const areas: TDashboardNode[] = [];
  const indicators: TDashboardNode[] = [];
  const visit = (node: TNode, part: TNode | null, component: TNode, area: TDashboardNode | null) => {
    const partLabel = displayTitle((part ?? component).title);
    let currentArea = area;
    const isArea = node.kind === "area" || (node.kind === "part" && node.items.length > 0 && node.children.length === 0);
    if (isArea) {
      currentArea = { code: node.code, title: node.title, partLabel: node.kind === "part" ? displayTitle(component.title) : partLabel, weight: node.weight, areaCode: node.code, areaTitle: node.title };
      areas.push(currentArea);
    }
    if (node.kind === "indicator" && node.items.length > 0 && currentArea) {
      indicators.push({ code: node.code, title: node.title, partLabel: currentArea.partLabel, weight: node.weight, areaCode: currentArea.code, areaTitle: currentArea.title });
    }
    for (const child of node.children) visit(child, node.kind === "part" ? node : part, component, currentArea);
  };
  for (const component of catalogue.components) visit(component, null, component, null);
  return { areas, indicators };
}

/** "Pemenuhan · Manajemen Perubahan", or the Hasil part's own title. */
export function nodeLabel(node: TDashboardNode): string {
  return node.partLabel === "Hasil" ? `Hasil · ${displayTitle(node.title)}` : `${node.partLabel} · ${node.title}`;
}

/** Each predicate's minimum share per area (WBK 60%, WBBM 75% in LKE ZI 2021): from the catalogue, not code. */
export function areaThresholds(catalogue: TCatalogue): { code: string; share: number }[] {
  return catalogue.predicates.map((p) => ({ code: p.code, share: p.areaMinShareOfWeight }));
}
