"use client";

import { useState } from "react";
import { confirmPreconditionAction } from "@/lib/review/actions";
import { useActionCall } from "@/components/review/use-action-call";

type TPrecondition = { label: string; met: boolean | null; note: string };

/** The evaluator decides each WBK/WBBM precondition, met or not, with the note it rests on. */
export function PreconditionForm({ assessmentId, preconditions, canEdit }: { assessmentId: string; preconditions: TPrecondition[]; canEdit: boolean }) {
  return (
    <ul className="space-y-3">
      {preconditions.map((p) => <PreconditionRow key={p.label} assessmentId={assessmentId} precondition={p} canEdit={canEdit} />)}
    </ul>
  );
}

function decisionText(p: TPrecondition) {
  if (p.met === null) return "Belum diputuskan";
  const decision = p.met ? "Terpenuhi" : "Tidak terpenuhi";
  return p.note.trim() ? `Diputuskan: ${decision}` : `${decision}, catatan dasar keputusan belum diisi`;
}

function PreconditionRow({ assessmentId, precondition, canEdit }: { assessmentId: string; precondition: TPrecondition; canEdit: boolean }) {
  const [met, setMet] = useState<boolean | null>(precondition.met);
  const [note, setNote] = useState(precondition.note);
  const { call, pending, error } = useActionCall();
  const name = `pre-${precondition.label}`;
  const decided = precondition.met !== null && precondition.note.trim() !== "";
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3 text-sm" data-testid={`precondition-${precondition.label}`}>
      <fieldset disabled={!canEdit} className="space-y-2">
        <legend className="font-medium">{precondition.label}</legend>
        <p className={decided ? "text-emerald-800" : "text-amber-900"}>{decisionText(precondition)}</p>
        <div className="flex flex-wrap gap-4">
          <label className="flex items-center gap-1"><input type="radio" name={name} checked={met === true} onChange={() => setMet(true)} /> Terpenuhi</label>
          <label className="flex items-center gap-1"><input type="radio" name={name} checked={met === false} onChange={() => setMet(false)} /> Tidak terpenuhi</label>
        </div>
        <label className="block">
          <span className="text-slate-700">Dasar keputusan (wajib)</span>
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} required placeholder="Mis. nilai SAKIP 2025: BB (LHE Inspektorat)"
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-1.5" />
        </label>
        {canEdit ? (
          <button type="button" disabled={pending || met === null || note.trim() === ""}
            onClick={() => call(() => confirmPreconditionAction({ assessmentId, label: precondition.label, met: met === true, note }))}
            className="rounded-md border border-brand-700 px-3 py-1.5 font-medium text-brand-800 disabled:opacity-50">
            {pending ? "Menyimpan..." : "Simpan keputusan"}
          </button>
        ) : null}
        {error ? <p role="alert" className="text-red-700">{error}</p> : null}
      </fieldset>
    </li>
  );
}
