import Link from "next/link";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { StatusBadge } from "@/components/ui/status-badge";

type THeader = {
  id: string;
  status: AssessmentStatus;
  unit: { name: string };
  period: { name: string; year: number; catalogueVersion: { code: string; version: number } };
  canEditSelf: boolean;
};

/** `readOnly` defaults to the unit's own right to edit; review pages pass the evaluator's. */
export function AssessmentHeading({ header, crumb, readOnly = !header.canEditSelf }: { header: THeader; crumb?: string; readOnly?: boolean }) {
  return (
    <div className="space-y-1">
      <nav aria-label="Remah roti" className="text-sm text-slate-600">
        <Link href={`/lke/${header.id}`} className="hover:underline">Ringkasan LKE</Link>
        {crumb ? <> / <span aria-current="page">{crumb}</span></> : null}
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{header.unit.name}</h1>
        <StatusBadge status={header.status} />
      </div>
      <p className="text-sm text-slate-600">
        {header.period.name} · {header.period.catalogueVersion.code} versi {header.period.catalogueVersion.version}
        {readOnly ? " · hanya baca" : ""}
      </p>
    </div>
  );
}
