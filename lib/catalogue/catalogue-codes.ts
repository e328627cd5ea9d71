import type { TFileNode } from "@/lib/catalogue/schemas";
import { displayTitle } from "@/lib/scoring/format-id";
import { Rational } from "@/lib/scoring/rational";

export type TCodeEntry = {
  /** Shown to users, e.g. "B.I Birokrasi yang bersih dan akuntabel". */
  label: string;
  /** The most points the node or item can score, exact. */
  maxPoints: Rational;
};

/** Every node and item code of the tree (first occurrence wins; duplicates are reported elsewhere). */
export function collectCodes(components: TFileNode[]): Map<string, TCodeEntry> {
  const codes = new Map<string, TCodeEntry>();
  const visit = (node: TFileNode) => {
    if (!codes.has(node.code)) {
      codes.set(node.code, { label: `${node.code} ${displayTitle(node.title)}`, maxPoints: Rational.fromNumber(node.weight) });
    }
    const questions = node.questions ?? [];
    for (const question of questions) {
      if (codes.has(question.code)) continue;
      const maxPoints = question.weight !== undefined
        ? Rational.fromNumber(question.weight)
        : Rational.fromNumber(node.weight).dividedBy(Rational.of(BigInt(questions.length)));
      codes.set(question.code, { label: `${question.code} ${question.text}`, maxPoints });
    }
    for (const child of node.children ?? []) visit(child);
  };
  for (const component of components) visit(component);
  return codes;
}

/** "B.I.a (IPAK score)" -> "B.I.a". */
export function leadingCode(key: string): string {
  return key.trim().split(/\s+/)[0] ?? "";
}
