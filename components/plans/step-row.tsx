"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { deleteStepAction } from "@/lib/plans/actions";
import { formatDate } from "@/lib/format";
import { MONTHS, MONTH_SHORT, STEP_STATUS_LABEL } from "@/lib/plans/plan-calendar";
import type { TPlanStep } from "@/lib/plans/plan-grid";
import { MonthCell } from "@/components/plans/month-cell";
import styles from "@/components/plans/plan-grid.module.css";
import { usePlanGrid } from "@/components/plans/plan-grid-context";
import { RealiseForm } from "@/components/plans/realise-form";
import { StepForm } from "@/components/plans/step-form";

type TProps = { step: TPlanStep; number: number };

const STATUS_CLASS = { selesai: "bg-emerald-100 text-emerald-900", terlambat: "bg-red-100 text-red-800", berjalan: "bg-slate-100 text-slate-800" };
const button = styles.action;

/** One langkah aksi in the grid; changed and realised in place, in a row that opens below it. */
export function StepRow({ step, number }: TProps) {
  const router = useRouter();
  const { canEdit, canRealise, people, documentsByNode } = usePlanGrid();
  const expectedDocuments = documentsByNode[step.nodeId] ?? [];
  const [mode, setMode] = useState<{ kind: "view" } | { kind: "edit" } | { kind: "realise"; month: number } | { kind: "delete" }>({ kind: "view" });
  const [error, setError] = useState<string>();
  const close = () => setMode({ kind: "view" });
  // A click on a marked month cell realises that month.
  const openMonth = (event: React.MouseEvent<HTMLTableRowElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>("td[data-month]");
    if (cell && cell.dataset.state !== "none") setMode({ kind: "realise", month: Number(cell.dataset.month) });
  };

  const remove = async () => {
    const result = await deleteStepAction({ stepId: step.id, expectedVersion: step.version });
    if (!result.ok) return setError(result.message);
    router.refresh();
  };

  return (
    <>
      <tr className="border-t border-slate-200 align-top" data-testid="plan-step" data-step-id={step.id} data-status={step.status} onClick={canRealise ? openMonth : undefined}>
        <td className={styles.step}>
          <p><span className="text-slate-500">{number}.</span> {step.description}</p>
          <p className="mt-1 text-xs text-slate-600">Bukti fisik: {step.plannedOutput}</p>
          {step.expectedLabel ? <p className="text-xs text-emerald-800">Dokumen LKE: {step.expectedLabel}</p> : null}
          {step.files.length ? (
            <ul className="mt-1 space-y-0.5 text-xs" aria-label="Berkas langkah aksi">
              {step.files.map((f) => (
                <li key={f.id}><a href={`/api/rencana-aksi/berkas/${f.id}`} target="_blank" rel="noopener" className="text-brand-700 underline">{f.fileName}</a> ({MONTH_SHORT[f.month - 1]})</li>
              ))}
            </ul>
          ) : null}
          <div className="mt-1 flex flex-wrap gap-1 text-xs no-print">
            {canRealise ? <button type="button" className={button} onClick={() => setMode({ kind: "realise", month: step.plannedMonths[0] ?? 1 })}>Realisasi</button> : null}
            {canEdit ? <button type="button" className={button} onClick={() => setMode({ kind: "edit" })}>Ubah</button> : null}
            {canEdit ? <button type="button" className={`${button} ${styles.danger}`} onClick={() => setMode({ kind: "delete" })}>Hapus</button> : null}
          </div>
        </td>
        <td className="px-2 py-1.5 text-xs">{step.personName}</td>
        {MONTHS.map((m) => <MonthCell key={m} state={step.cells[m - 1]!} month={m} actionable={canRealise} />)}
        <td className="px-2 py-1.5 text-xs whitespace-nowrap">{formatDate(step.targetDate)}</td>
        <td className="px-2 py-1.5"><span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_CLASS[step.status]}`}>{STEP_STATUS_LABEL[step.status]}</span></td>
      </tr>
      {mode.kind !== "view" ? (
        <tr className="no-print">
          <td colSpan={16} className="px-2 pb-3">
            <div className="sticky left-2 max-w-[calc(100vw-3rem)] sm:max-w-3xl">
              {mode.kind === "edit" ? (
                <StepForm target={{ kind: "update", stepId: step.id, version: step.version }} people={people} expectedDocuments={expectedDocuments} onClose={close}
                  initial={{ description: step.description, plannedOutput: step.plannedOutput, expectedDocument: step.expectedDocument, personInChargeId: step.personInChargeId, plannedMonths: step.plannedMonths, targetDate: step.targetDate }} />
              ) : mode.kind === "realise" ? (
                <RealiseForm step={step} month={mode.month} onClose={close} />
              ) : (
                <div role="alertdialog" aria-label="Hapus langkah aksi" className="space-y-2 rounded-md border border-red-200 bg-white p-3 text-sm">
                  <p>Hapus langkah aksi “{step.description}” beserta realisasinya? Bukti dukung yang sudah dilampirkan pada butir LKE tetap ada.</p>
                  {error ? <p role="alert" className="text-red-700">{error}</p> : null}
                  <div className="flex gap-2">
                    <button type="button" onClick={() => void remove()} className="rounded-md bg-red-700 px-3 py-1.5 font-medium text-white">Hapus</button>
                    <button type="button" onClick={close} className="rounded-md border border-slate-300 px-3 py-1.5">Batal</button>
                  </div>
                </div>
              )}
            </div>
          </td>
        </tr>
      ) : null}
    </>
  );
}
