"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { deleteTemplateStepAction } from "@/lib/plan-templates/actions";
import type { TTemplateStep } from "@/lib/plan-templates/queries";
import { MONTH_SHORT } from "@/lib/plans/plan-calendar";
import { TemplateStepForm } from "@/components/plan-templates/template-step-form";

type TProps = { agencyId: string; indicator: { nodeId: string; code: string; title: string; steps: TTemplateStep[] } };

const small = "rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100";

/** One indicator of the template: its steps, each editable in place, and "Tambah langkah". */
export function TemplateIndicator({ agencyId, indicator }: TProps) {
  const [adding, setAdding] = useState(false);
  return (
    <li className="space-y-2 border-t border-slate-100 py-2" data-testid={`template-indicator-${indicator.code}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium">{indicator.code} {indicator.title}</p>
        {!adding ? (
          <button type="button" className={small} onClick={() => setAdding(true)} aria-label={`Tambah langkah templat indikator ${indicator.code}`}>+ Tambah langkah</button>
        ) : null}
      </div>
      {indicator.steps.length ? (
        <ol className="space-y-1 pl-4">
          {indicator.steps.map((step) => <TemplateStepItem key={step.id} step={step} />)}
        </ol>
      ) : null}
      {adding ? (
        <TemplateStepForm target={{ kind: "create", agencyId, nodeId: indicator.nodeId }} onClose={() => setAdding(false)}
          initial={{ description: "", plannedOutput: "", plannedMonths: [] }} />
      ) : null}
    </li>
  );
}

function TemplateStepItem({ step }: { step: TTemplateStep }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string>();
  if (editing) {
    return (
      <li>
        <TemplateStepForm target={{ kind: "update", stepId: step.id, version: step.version }} onClose={() => setEditing(false)}
          initial={{ description: step.description, plannedOutput: step.plannedOutput, plannedMonths: step.plannedMonths }} />
      </li>
    );
  }
  async function remove() {
    if (!window.confirm(`Hapus langkah templat "${step.description}"?`)) return;
    const result = await deleteTemplateStepAction({ stepId: step.id, expectedVersion: step.version });
    if (!result.ok) return setError(result.message);
    router.refresh();
  }
  return (
    <li className="list-decimal text-sm" data-testid="template-step">
      <p>{step.description}</p>
      <p className="text-slate-600">Bukti fisik: {step.plannedOutput} · Bulan: {step.plannedMonths.map((m) => MONTH_SHORT[m - 1]).join(", ")}</p>
      <div className="mt-1 flex gap-2">
        <button type="button" className={small} onClick={() => setEditing(true)} aria-label={`Ubah langkah templat ${step.description}`}>Ubah</button>
        <button type="button" className={small} onClick={remove} aria-label={`Hapus langkah templat ${step.description}`}>Hapus</button>
      </div>
      {error ? <p role="alert" className="text-red-700">{error}</p> : null}
    </li>
  );
}
