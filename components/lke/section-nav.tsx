"use client";

import { useEffect, useRef } from "react";
import Link, { useLinkStatus } from "next/link";
import { useScores } from "@/components/lke/score-context";

export type TNavSection = { code: string; title: string; itemCount: number };
export type TNavGroup = { title: string; sections: TNavSection[] };

/**
 * Jump between the pages of the LKE: Pemenuhan and Reform areas, then Hasil. The answered counts
 * follow every save; on a desktop the menu stays in view, on a phone the strip starts at the
 * current area.
 */
export function SectionNav({ assessmentId, groups, current }: { assessmentId: string; groups: TNavGroup[]; current: string }) {
  const { scores } = useScores();
  const strip = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const box = strip.current;
    const active = box?.querySelector<HTMLElement>('[aria-current="page"]');
    // Only the strip scrolls sideways (a phone); the page itself does not move.
    if (box && active && box.scrollWidth > box.clientWidth) {
      // The strip is the chip's offset parent (relative), so offsetLeft is measured within it.
      box.scrollLeft = active.offsetLeft - (box.clientWidth - active.offsetWidth) / 2;
    }
  }, [current]);

  return (
    <nav aria-label="Bagian LKE" className="no-print min-w-0 lg:sticky lg:top-14 lg:max-h-[calc(100vh-4.5rem)] lg:self-start lg:overflow-y-auto">
      <div ref={strip} className="relative flex gap-4 overflow-x-auto pb-2 lg:flex-col lg:overflow-visible" data-testid="section-strip">
        {groups.map((group) => (
          <div key={group.title} className="shrink-0">
            <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">{group.title}</p>
            <ul className="flex gap-2 text-sm lg:flex-col">
              {group.sections.map((section) => {
                const active = section.code === current;
                return (
                  <li key={section.code} className="shrink-0">
                    <Link href={`/lke/${assessmentId}/${section.code}`} aria-current={active ? "page" : undefined} data-testid={`nav-${section.code}`}
                      className={`block rounded-md px-3 py-2 ${active ? "bg-brand-700 text-white" : "bg-white hover:bg-slate-100"}`}>
                      <span className="font-mono text-xs">{section.code}</span> {section.title}
                      <span className={`block text-xs ${active ? "text-white" : "text-slate-600"}`} data-testid={`nav-answered-${section.code}`}>
                        {scores.nodes[section.code]?.answered ?? 0}/{section.itemCount} terjawab <Pending />
                      </span>
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

/** "Memuat..." on the link just clicked, until the next page is there. */
export function Pending({ label = "Memuat..." }: { label?: string }) {
  const { pending } = useLinkStatus();
  return pending ? <span role="status" className="ml-1 inline-flex items-center gap-1" data-testid="nav-pending"><Spinner />{label}</span> : null;
}

function Spinner() {
  return <span aria-hidden="true" className="inline-block h-3 w-3 animate-spin rounded-full border-2 border-current border-t-transparent" />;
}
