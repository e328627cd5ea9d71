import type { TNode, TScoreResult } from "@/lib/scoring/types";
import { formatScore } from "@/lib/format";
import { Rational, ZERO } from "@/lib/scoring/rational";

const PER_AREA = 3;

function itemsUnder(node: TNode): TNode["items"] {
  return [...node.items, ...node.children.flatMap(itemsUnder)];
}

/**
 * A first draft of the LHE recommendation per area, from the items where the evaluator's score
 * lost the most points. The lead evaluator edits it before finalising.
 */
export function draftRecommendation(area: TNode, evaluator: TScoreResult): string {
  const gaps = itemsUnder(area)
    .map((item) => {
      const scored = evaluator.items[item.code];
      return { item, scored, gap: scored ? Rational.parse(scored.maxPoints).minus(Rational.parse(scored.points)) : ZERO };
    })
    .filter((g) => g.gap.compare(ZERO) > 0)
    .sort((a, b) => b.gap.compare(a.gap))
    .slice(0, PER_AREA);
  if (gaps.length === 0) return "Pertahankan capaian pada area ini dan jaga kelengkapan bukti dukung.";
  return gaps
    .map(({ item, scored }) =>
      `Tingkatkan ${item.code} (${item.text.replace(/\s+/g, " ").trim()}): nilai TPI ${formatScore(scored?.points ?? "0")} dari ${formatScore(scored?.maxPoints ?? "0")}.`,
    )
    .join("\n");
}

export function draftRecommendations(sections: TNode[], evaluator: TScoreResult): Record<string, string> {
  return Object.fromEntries(sections.map((area) => [area.code, draftRecommendation(area, evaluator)]));
}
