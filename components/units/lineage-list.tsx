import { LINEAGE_KIND_LABEL } from "@/lib/units/schemas";
import { removeUnitLineageAction } from "@/lib/units/actions";
import { ConfirmActionButton } from "@/components/admin/confirm-action-button";

type TLink = { id: string; toUnitId: string; kind: keyof typeof LINEAGE_KIND_LABEL; year: number; from: { name: string }; to: { name: string } };

/** Recorded merges, splits and replacements: old unit -> new unit, from which year. */
export function LineageList({ links }: { links: TLink[] }) {
  if (links.length === 0) return <p className="text-sm text-slate-600">Belum ada penggabungan, pemekaran atau penggantian unit yang dicatat.</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="unit-lineage">
      {links.map((l) => (
        <li key={l.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
          <span>{LINEAGE_KIND_LABEL[l.kind]} {l.year}: {l.from.name} → {l.to.name}</span>
          <ConfirmActionButton action={removeUnitLineageAction} input={{ unitId: l.toUnitId, lineageId: l.id }} compact
            label="Hapus" ariaLabel={`Hapus riwayat ${l.from.name} → ${l.to.name}`} confirm={`Hapus riwayat ${l.from.name} → ${l.to.name}?`} />
        </li>
      ))}
    </ul>
  );
}
