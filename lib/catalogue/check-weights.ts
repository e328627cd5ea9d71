import type { TCatalogueIssue, TIssuePath } from "@/lib/catalogue/catalogue-issue";
import { CHILDREN_LABEL, KIND_LABEL } from "@/lib/catalogue/kind-labels";
import type { TFileNode } from "@/lib/catalogue/schemas";
import { formatNumberId } from "@/lib/scoring/format-id";

// Weights like 0.25 + 1.25 + 0.75 are not exact in binary; a real mismatch is far larger.
const WEIGHT_TOLERANCE = 1e-9;

/** A node's weight must equal what its children (or its own-weight questions) add up to. */
export function checkWeights(node: TFileNode, path: TIssuePath): TCatalogueIssue[] {
  const name = `${KIND_LABEL[node.kind]} ${node.code}`;
  const mismatch = (sum: number, what: string): TCatalogueIssue => ({
    path: [...path, "weight"],
    message: `Bobot ${name} (${formatNumberId(node.weight)}) tidak sama dengan jumlah bobot ${what} (${formatNumberId(sum)})`,
  });

  const children = node.children ?? [];
  if (children.length > 0) {
    const sum = children.reduce((total, child) => total + child.weight, 0);
    return Math.abs(sum - node.weight) > WEIGHT_TOLERANCE ? [mismatch(sum, CHILDREN_LABEL[node.kind])] : [];
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
  const sum = weighted.reduce((total, question) => total + (question.weight ?? 0), 0);
  return Math.abs(sum - node.weight) > WEIGHT_TOLERANCE ? [mismatch(sum, "butirnya")] : [];
}
