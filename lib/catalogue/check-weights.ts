import type { TCatalogueIssue, TIssuePath } from "@/lib/catalogue/catalogue-issue";
import { CHILDREN_LABEL, KIND_LABEL } from "@/lib/catalogue/kind-labels";
import type { TFileNode } from "@/lib/catalogue/schemas";
import { formatDecimal } from "@/lib/format";
import { Rational, sum } from "@/lib/scoring/rational";

// Weights are decimals: their sums are compared exactly (0.25 + 1.25 + 0.75 is 2.25, no tolerance).
const exactSum = (weights: number[]) => sum(weights.map(Rational.fromNumber));
const differs = (total: Rational, weight: number) => total.compare(Rational.fromNumber(weight)) !== 0;

/** A node's weight must equal what its children (or its own-weight questions) add up to. */
export function checkWeights(node: TFileNode, path: TIssuePath): TCatalogueIssue[] {
  const name = `${KIND_LABEL[node.kind]} ${node.code}`;
  const mismatch = (total: Rational, what: string): TCatalogueIssue => ({
    path: [...path, "weight"],
    message: `Bobot ${name} (${formatDecimal(node.weight)}) tidak sama dengan jumlah bobot ${what} (${formatDecimal(total)})`,
  });

  const children = node.children ?? [];
  if (children.length > 0) {
    const total = exactSum(children.map((child) => child.weight));
    return differs(total, node.weight) ? [mismatch(total, CHILDREN_LABEL[node.kind])] : [];
  }

  const questions = node.questions ?? [];
  const weighted = questions.filter((question) => question.weight !== undefined);
  if (weighted.length === 0) return [];
  if (weighted.length < questions.length) {
    return [
      {
        path: [...path, "questions"],
        message: `Butir pada ${name} harus semuanya berbobot atau semuanya tanpa bobot`,
      },
    ];
  }
  const total = exactSum(weighted.map((question) => question.weight ?? 0));
  return differs(total, node.weight) ? [mismatch(total, "butirnya")] : [];
}
