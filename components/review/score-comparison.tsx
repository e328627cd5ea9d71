import type { TExact, TNode } from "@/lib/scoring/types";
import type { TStoredScore } from "@/lib/assessments/types";
import { displayTitle } from "@/lib/scoring/format-id";
import { Rational, ZERO } from "@/lib/scoring/rational";
import { formatScore } from "@/lib/format";

type TRow = { node: TNode; depth: number };

function rowsOf(components: TNode[]): TRow[] {
  const rows: TRow[] = [];
  const visit = (node: TNode, depth: number) => {
    rows.push({ node, depth });
    for (const child of node.children) visit(child, depth + 1);
  };
  for (const component of components) visit(component, 0);
  return rows;
}

/** The unit's score and the TPI's side by side, per component, part, area and indicator. */
export function ScoreComparison({ components, self, evaluator }: { components: TNode[]; self: TStoredScore; evaluator: TStoredScore }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[36rem] text-sm" data-testid="score-comparison">
        <caption className="sr-only">Perbandingan nilai mandiri dan nilai TPI</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Komponen / area / indikator</th>
            <th scope="col" className="px-3 py-2 text-right">Bobot</th>
            <th scope="col" className="px-3 py-2 text-right">Mandiri</th>
            <th scope="col" className="px-3 py-2 text-right">TPI</th>
            <th scope="col" className="px-3 py-2 text-right">Selisih</th>
          </tr>
        </thead>
        <tbody>
          <ComparisonRow label="Nilai total" weight={null} self={self.total} evaluator={evaluator.total} strong testId="comparison-TOTAL" />
          {rowsOf(components).map(({ node, depth }) => (
            <ComparisonRow key={node.code} label={`${node.code} ${displayTitle(node.title)}`} depth={depth} weight={node.weight}
              self={self.nodes[node.code]?.score ?? "0"} evaluator={evaluator.nodes[node.code]?.score ?? "0"}
              strong={node.kind !== "indicator"} testId={`comparison-${node.code}`} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

type TRowProps = { label: string; depth?: number; weight: number | null; self: TExact; evaluator: TExact; strong?: boolean; testId: string };

function ComparisonRow({ label, depth = 0, weight, self, evaluator, strong, testId }: TRowProps) {
  // Exact difference; it "differs" when it does not show as 0,00.
  const difference = Rational.parse(evaluator).minus(Rational.parse(self));
  const negative = difference.compare(ZERO) < 0;
  const shown = formatScore(negative ? difference.negated() : difference);
  const differs = shown !== "0,00";
  return (
    <tr className={`border-t border-slate-200 ${differs ? "bg-amber-50" : ""} ${strong ? "font-semibold" : ""}`} data-testid={testId}>
      <th scope="row" className="px-3 py-1.5 text-left font-[inherit]" style={{ paddingLeft: `${0.75 + depth * 1}rem` }}>{label}</th>
      <td className="px-3 py-1.5 text-right text-slate-500">{weight === null ? "" : formatScore(weight)}</td>
      <td className="px-3 py-1.5 text-right">{formatScore(self)}</td>
      <td className="px-3 py-1.5 text-right">{formatScore(evaluator)}</td>
      <td className={`px-3 py-1.5 text-right ${differs ? (negative ? "text-red-700" : "text-emerald-700") : "text-slate-400"}`}>
        {differs ? `${negative ? "−" : "+"}${shown}` : "0,00"}
        {differs ? <span className="sr-only"> (berbeda)</span> : null}
      </td>
    </tr>
  );
}
