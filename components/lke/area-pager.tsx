import Link from "next/link";
import { Pending, type TNavGroup } from "@/components/lke/section-nav";

/** At the end of an area: the previous one and the next one ("Area berikutnya"), or the overview. */
export function AreaPager({ assessmentId, groups, current }: { assessmentId: string; groups: TNavGroup[]; current: string }) {
  const sections = groups.flatMap((group) => group.sections);
  const index = sections.findIndex((section) => section.code === current);
  const previous = index > 0 ? sections[index - 1] : undefined;
  const next = index >= 0 ? sections[index + 1] : undefined;
  const link = "block rounded-md border border-slate-300 bg-white px-4 py-3 text-sm hover:border-brand-600";
  return (
    <nav aria-label="Area sebelum dan sesudah" className="no-print grid gap-3 border-t border-slate-200 pt-4 sm:grid-cols-2">
      {previous ? (
        <Link href={`/lke/${assessmentId}/${previous.code}`} className={link} data-testid="area-previous">
          <span className="block text-xs text-slate-600">← Area sebelumnya <Pending /></span>
          <span className="font-mono text-xs">{previous.code}</span> {previous.title}
        </Link>
      ) : <span className="hidden sm:block" />}
      {next ? (
        <Link href={`/lke/${assessmentId}/${next.code}`} className={`${link} sm:text-right`} data-testid="area-next">
          <span className="block text-xs text-slate-600">Area berikutnya → <Pending /></span>
          <span className="font-mono text-xs">{next.code}</span> {next.title}
        </Link>
      ) : (
        <Link href={`/lke/${assessmentId}`} className={`${link} sm:text-right`} data-testid="area-next">
          <span className="block text-xs text-slate-600">Selesai di area terakhir <Pending /></span>
          Kembali ke ringkasan LKE
        </Link>
      )}
    </nav>
  );
}
