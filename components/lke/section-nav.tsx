import Link from "next/link";
import type { TNode } from "@/lib/scoring/types";
import type { TStoredScore } from "@/lib/assessments/types";

/** Jump between the pages of the LKE: Pemenuhan and Reform areas, then Hasil. */
export function SectionNav({ assessmentId, sections, current, score }: { assessmentId: string; sections: TNode[]; current: string; score: TStoredScore }) {
  return (
    <nav aria-label="Bagian LKE" className="no-print">
      <ul className="flex gap-2 overflow-x-auto pb-2 text-sm lg:flex-col lg:overflow-visible">
        {sections.map((section) => {
          const node = score.nodes[section.code];
          const active = section.code === current;
          return (
            <li key={section.code} className="shrink-0">
              <Link href={`/lke/${assessmentId}/${section.code}`} aria-current={active ? "page" : undefined}
                className={`block rounded-md px-3 py-2 ${active ? "bg-brand-700 text-white" : "bg-white hover:bg-slate-100"}`}>
                <span className="font-mono text-xs">{section.code}</span> {section.title}
                <span className={`block text-xs ${active ? "text-white/80" : "text-slate-500"}`}>{node?.answered ?? 0}/{node?.itemCount ?? 0} terjawab</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
