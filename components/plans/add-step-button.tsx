"use client";

import { useState } from "react";
import { StepForm } from "@/components/plans/step-form";
import { usePlanGrid } from "@/components/plans/plan-grid-context";

type TProps = { nodeId: string; indicatorCode: string; defaultTarget: string };

/** "Tambah langkah" on an indicator row: the form opens in place, in a row below it. */
export function AddStepButton({ nodeId, indicatorCode, defaultTarget }: TProps) {
  const [open, setOpen] = useState(false);
  const { assessmentId, people, documentsByNode } = usePlanGrid();
  const expectedDocuments = documentsByNode[nodeId] ?? [];
  if (!open) {
    return <button type="button" onClick={() => setOpen(true)} aria-label={`Tambah langkah aksi indikator ${indicatorCode}`}
      className="no-print rounded border border-brand-600 px-2 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-50">+ Tambah langkah</button>;
  }
  return (
    <div className="mt-2 max-w-[calc(100vw-3rem)] font-normal sm:max-w-3xl">
      <StepForm target={{ kind: "create", assessmentId, nodeId }} people={people} expectedDocuments={expectedDocuments} onClose={() => setOpen(false)}
        initial={{ description: "", plannedOutput: "", expectedDocument: "", personInChargeId: "", plannedMonths: [], targetDate: defaultTarget }} />
    </div>
  );
}
