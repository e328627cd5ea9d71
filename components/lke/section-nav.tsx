import Link from "next/link";
import type { TNode } from "@/lib/scoring/types";
import type { TStoredScore } from "@/lib/assessments/types";
import { displayTitle } from "@/lib/scoring/format-id";

type TNavGroup = { title: string; sections: TNode[] };

/** Jump between the pages of the LKE: Pemenuhan and Reform areas, then Hasil. */
export function SectionNav({ assessmentId, groups, current, score }: { assessmentId: string; groups: TNavGroup[]; current: string; score: TStoredScore }) {
  return (
    <nav aria-label="Bagian LKE" className="no-print min-w-0">
      <div className="flex gap-4 overflow-x-auto pb-2 lg:flex-col lg:overflow-visible">
        {groups.map((group) => (
          <div key={group.title} className="shrink-0">
            <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{displayTitle(group.title)}</p>
            <ul className="flex gap-2 text-sm lg:flex-col">
              {group.sections.map((section) => {
                const node = score.nodes[section.code];
                const active = section.code === current;
                return (
                  <li key={section.code} className="shrink-0">
                    <Link href={`/lke/${assessmentId}/${section.code}`} aria-current={active ? "page" : undefined}
                      className={`block rounded-md px-3 py-2 ${active ? "bg-brand-700 text-white" : "bg-white hover:bg-slate-100"}`}>
                      <span className="font-mono text-xs">{section.code}</span> {displayTitle(section.title)}
                      <span className={`block text-xs ${active ? "text-white/80" : "text-slate-500"}`}>{node?.answered ?? 0}/{node?.itemCount ?? 0} terjawab</span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  );
}
