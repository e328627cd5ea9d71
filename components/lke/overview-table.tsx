import Link from "next/link";
import type { TNode } from "@/lib/scoring/types";
import type { TStoredScore } from "@/lib/assessments/types";
import { formatScore } from "@/lib/format";
import { displayTitle } from "@/lib/scoring/format-id";

type TProps = { assessmentId: string; components: TNode[]; score: TStoredScore };

/** The six areas side by side for Pemenuhan and Reform, then the Hasil parts. */
export function OverviewTable({ assessmentId, components, score }: TProps) {
  const [pengungkit, hasil] = components;
  const parts = pengungkit?.children ?? [];
  const rows = parts[0]?.children.map((area, index) => ({ title: area.title, cells: parts.map((part) => part.children[index]) })) ?? [];
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[34rem] text-sm">
        <caption className="sr-only">Nilai per area</caption>
        <thead className="bg-slate-100 text-left">
          <tr>
            <th scope="col" className="px-3 py-2">Area</th>
            {parts.map((part) => (
              <th key={part.code} scope="col" className="px-3 py-2">{displayTitle(part.title)} <span className="font-normal text-slate-600">({part.code})</span></th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.title} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 text-left font-medium">{index + 1}. {row.title}</th>
              {row.cells.map((area) => (area ? <AreaCell key={area.code} assessmentId={assessmentId} node={area} score={score} /> : <td key="none" />))}
            </tr>
          ))}
          <tr className="border-t-2 border-slate-300 bg-slate-50 font-semibold">
            <th scope="row" className="px-3 py-2 text-left">Jumlah {displayTitle(pengungkit?.title ?? "")}</th>
            {parts.map((part) => (
              <td key={part.code} className="px-3 py-2" data-testid={`part-score-${part.code}`}>
                {formatScore(score.nodes[part.code]?.score ?? 0)} <span className="font-normal text-slate-600">/ {formatScore(part.weight)}</span>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {hasil ? (
        <table className="w-full border-t-2 border-slate-300 text-sm">
          <caption className="sr-only">Nilai komponen hasil</caption>
          <thead className="bg-slate-100 text-left">
            <tr>
              <th scope="col" className="px-3 py-2">{displayTitle(hasil.title)} <span className="font-normal text-slate-600">({hasil.code})</span></th>
              <th scope="col" className="px-3 py-2">Nilai</th>
            </tr>
          </thead>
          <tbody>
            {hasil.children.map((part) => (
              <tr key={part.code} className="border-t border-slate-200">
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <Link href={`/lke/${assessmentId}/${part.code}`} className="text-brand-700 underline-offset-2 hover:underline">
                    {part.code} {displayTitle(part.title)}
                  </Link>
                </th>
                <AreaCell assessmentId={assessmentId} node={part} score={score} link={false} />
              </tr>
            ))}
            <tr className="border-t-2 border-slate-300 bg-slate-50 font-semibold">
              <th scope="row" className="px-3 py-2 text-left">Jumlah {displayTitle(hasil.title)}</th>
              <td className="px-3 py-2" data-testid={`part-score-${hasil.code}`}>
                {formatScore(score.nodes[hasil.code]?.score ?? 0)} <span className="font-normal text-slate-600">/ {formatScore(hasil.weight)}</span>
              </td>
            </tr>
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

function AreaCell({ assessmentId, node, score, link = true }: { assessmentId: string; node: TNode; score: TStoredScore; link?: boolean }) {
  const result = score.nodes[node.code];
  const value = (
    <>
      <span className="font-semibold">{formatScore(result?.score ?? 0)}</span>
      <span className="text-slate-500"> / {formatScore(node.weight)}</span>
    </>
  );
  return (
    <td className="px-3 py-2" data-testid={`node-score-${node.code}`}>
      {link ? (
        <Link href={`/lke/${assessmentId}/${node.code}`} className="text-brand-700 underline-offset-2 hover:underline">{value}</Link>
      ) : value}
      <span className="block text-xs text-slate-500">{result?.answered ?? 0}/{result?.itemCount ?? 0} terjawab</span>
    </td>
  );
}
