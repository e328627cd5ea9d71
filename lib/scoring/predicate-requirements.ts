import { listNodes } from "@/lib/scoring/catalogue-walk";
import { reaches } from "@/lib/scoring/compare";
import { displayTitle } from "@/lib/scoring/format-id";
import { formatDecimal } from "@/lib/format";
import { Rational, type TExact } from "@/lib/scoring/rational";
import type { TCatalogue, TPredicateRule, TRequirementResult, TScoreResult } from "@/lib/scoring/types";

export type TScoreTotals = Pick<TScoreResult, "total" | "nodes" | "items">;

/**
 * The score requirements of one predicate, in a fixed order: total, every area, node minimums.
 * Every actual/required pair is in points, so the UI can show all of them the same way
 * (an area's required points = its weight x the minimum share).
 */
export function predicateRequirements(
  catalogue: TCatalogue,
  rule: TPredicateRule,
  scores: TScoreTotals,
): TRequirementResult[] {
  const requirement = (key: string, label: string, actual: TExact, required: TExact) => ({
    key,
    label,
    actual,
    required,
    met: reaches(actual, required),
  });

  const result: TRequirementResult[] = [requirement("total", "Nilai total", scores.total, exactOf(rule.totalMin))];

  const minShare = Rational.fromNumber(rule.areaMinShareOfWeight);
  const percent = formatDecimal(minShare.times(Rational.of(100n)), 2);
  for (const { node, ancestors } of listNodes(catalogue)) {
    if (node.kind !== "area") continue;
    const part = ancestors.findLast((ancestor) => ancestor.kind === "part");
    const partLabel = part ? ` (${displayTitle(part.title)})` : "";
    const label = `Area ${node.title}${partLabel} ≥ ${percent}% bobot`;
    const actual = scores.nodes[node.code]?.score ?? "0";
    const required = Rational.fromNumber(node.weight).times(minShare).toExact();
    result.push(requirement(`area:${node.code}`, label, actual, required));
  }

  for (const minimum of rule.nodeMinimums) {
    // A code names either a node (B.I) or a single item (B.I.a, the IPAK score).
    const actual = scores.nodes[minimum.code]?.score ?? scores.items[minimum.code]?.points ?? "0";
    result.push(requirement(`min:${minimum.code}`, minimum.label, actual, exactOf(minimum.min)));
  }
  return result;
}

const exactOf = (decimal: number) => Rational.fromNumber(decimal).toExact();
