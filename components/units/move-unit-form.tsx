"use client";

import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { moveUnitAction } from "@/lib/units/actions";
import type { TUnitOption } from "@/lib/units/unit-tree";
import { FormMessage, inputClass, secondaryButtonClass } from "@/components/admin/form-message";
import { unitOptionLabel } from "@/components/units/unit-option-label";

/** Moves the unit, with everything under it, to another parent; the unit's own subtree is not offered. */
export function MoveUnitForm({ unitId, parentId, parents }: { unitId: string; parentId: string; parents: TUnitOption[] }) {
  const id = useId();
  const router = useRouter();
  const [target, setTarget] = useState(parentId);
  const [outcome, setOutcome] = useState<{ tone: "success" | "error"; text: string }>();
  const [pending, startTransition] = useTransition();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await moveUnitAction({ unitId, parentId: target });
      setOutcome(result.ok ? { tone: "success", text: result.data.moved ? `Unit dipindahkan (${result.data.moved} unit termasuk bawahannya).` : "Unit induk tidak berubah." } : { tone: "error", text: result.message });
      router.refresh();
    });
  };
  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-busy={pending} aria-label="Pindahkan unit">
      <div>
        <label htmlFor={`${id}-parent`} className="block text-sm font-medium">Unit induk baru</label>
        <select id={`${id}-parent`} value={target} onChange={(e) => setTarget(e.currentTarget.value)} className={inputClass}>
          {parents.map((p) => <option key={p.id} value={p.id}>{unitOptionLabel(p)}</option>)}
        </select>
      </div>
      {outcome ? <FormMessage tone={outcome.tone}>{outcome.text}</FormMessage> : null}
      <button type="submit" disabled={pending} className={secondaryButtonClass}>{pending ? "Memindahkan..." : "Pindahkan"}</button>
    </form>
  );
}
