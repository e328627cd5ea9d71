"use client";

import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { addUnitLineageAction } from "@/lib/units/actions";
import { LINEAGE_KIND_LABEL, type TAddLineageInput } from "@/lib/units/schemas";
import type { TUnitOption } from "@/lib/units/unit-tree";
import { FormMessage, inputClass, secondaryButtonClass } from "@/components/admin/form-message";
import { unitOptionLabel } from "@/components/units/unit-option-label";

const selected = (select: HTMLSelectElement) => [...select.selectedOptions].map((o) => o.value);

/** Records a merge, split or replacement: last year's unit(s) -> this year's unit(s). */
export function LineageForm({ agencyId, units, year }: { agencyId: string; units: (TUnitOption & { active: boolean })[]; year: number }) {
  const id = useId();
  const router = useRouter();
  const [kind, setKind] = useState<TAddLineageInput["kind"]>("MERGE");
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string }>();
  const [pending, startTransition] = useTransition();
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const input = {
      agencyId, kind, year: Number((form.elements.namedItem("year") as HTMLInputElement).value),
      fromUnitIds: selected(form.elements.namedItem("fromUnitIds") as HTMLSelectElement),
      toUnitIds: selected(form.elements.namedItem("toUnitIds") as HTMLSelectElement),
    };
    startTransition(async () => {
      const result = await addUnitLineageAction(input);
      setOutcome(result.ok ? { tone: "success", text: `Riwayat unit tercatat (${result.data.added} hubungan).` } : { tone: "error", text: result.message });
      if (result.ok) router.refresh();
    });
  };
  const options = units.map((u) => <option key={u.id} value={u.id}>{unitOptionLabel(u)}{u.active ? "" : " — nonaktif"}</option>);
  return (
    <form onSubmit={submit} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-2" aria-busy={pending} aria-label="Catat penggabungan atau pemekaran">
      <div>
        <label htmlFor={`${id}-kind`} className="block text-sm font-medium">Jenis perubahan</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.currentTarget.value as typeof kind)} className={inputClass}>
          {Object.entries(LINEAGE_KIND_LABEL).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-year`} className="block text-sm font-medium">Berlaku mulai tahun</label>
        <input id={`${id}-year`} name="year" type="number" defaultValue={year} min={2020} max={2100} className={inputClass} />
      </div>
      <div>
        <label htmlFor={`${id}-from`} className="block text-sm font-medium">Unit lama</label>
        <select id={`${id}-from`} name="fromUnitIds" multiple size={8} className={inputClass}>{options}</select>
        <p className="mt-1 text-xs text-slate-600">Tahan Ctrl (Cmd di Mac) untuk memilih lebih dari satu.</p>
      </div>
      <div>
        <label htmlFor={`${id}-to`} className="block text-sm font-medium">Unit baru</label>
        <select id={`${id}-to`} name="toUnitIds" multiple size={8} className={inputClass}>{options}</select>
      </div>
      <div className="space-y-3 md:col-span-2">
        {outcome ? <FormMessage tone={outcome.tone}>{outcome.text}</FormMessage> : null}
        <button type="submit" disabled={pending} className={secondaryButtonClass}>{pending ? "Menyimpan..." : "Catat riwayat unit"}</button>
      </div>
    </form>
  );
}
