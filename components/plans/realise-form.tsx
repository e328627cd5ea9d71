"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { cancelRealisationAction, realiseStepAction } from "@/lib/plans/actions";
import { MONTHS, MONTH_LONG } from "@/lib/plans/plan-calendar";
import { EVIDENCE_ACCEPT } from "@/lib/evidence/file-types";
import type { TPlanStep } from "@/lib/plans/plan-grid";

type TProps = { step: TPlanStep; month: number; onClose: () => void };

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5";

/** Marks a step done for a month with a note, and stores the file it produced in the evidence store. */
export function RealiseForm({ step, month: initialMonth, onClose }: TProps) {
  const id = useId();
  const router = useRouter();
  const [month, setMonth] = useState(initialMonth);
  const existing = step.realisations.find((r) => r.month === month);
  const [note, setNote] = useState(existing?.note ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const result = await realiseStepAction({ stepId: step.id, month, note });
    if (result.ok && file) {
      const response = await fetch(`/api/rencana-aksi/unggah?stepId=${encodeURIComponent(step.id)}&bulan=${month}`, {
        method: "POST", body: file, headers: { "X-File-Name": encodeURIComponent(file.name) },
      });
      const body = (await response.json().catch(() => null)) as { ok: boolean; message?: string } | null;
      if (!body?.ok) {
        setBusy(false);
        router.refresh();
        return setError(`Realisasi tersimpan, tetapi berkas belum: ${body?.message ?? "terjadi kesalahan, coba lagi."}`);
      }
    }
    setBusy(false);
    if (!result.ok) return setError(result.message);
    onClose();
    router.refresh();
  };

  const cancel = async () => {
    setBusy(true);
    const result = await cancelRealisationAction({ stepId: step.id, month });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    onClose();
    router.refresh();
  };

  return (
    <form onSubmit={save} aria-label="Realisasi langkah aksi" className="space-y-3 rounded-md border border-emerald-200 bg-white p-3 text-sm" aria-busy={busy}>
      <p className="font-medium">Realisasi: {step.description}</p>
      <div className="grid gap-3 sm:grid-cols-[10rem_minmax(0,1fr)]">
        <div>
          <label htmlFor={`${id}-month`} className="font-medium">Bulan</label>
          <select id={`${id}-month`} value={month} onChange={(e) => { const m = Number(e.target.value); setMonth(m); setNote(step.realisations.find((r) => r.month === m)?.note ?? ""); }} className={field}>
            {MONTHS.map((m) => <option key={m} value={m}>{MONTH_LONG[m - 1]}{step.plannedMonths.includes(m) ? " (rencana)" : ""}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-note`} className="font-medium">Catatan realisasi</label>
          <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} className={field} placeholder="Apa yang sudah dilaksanakan, kapan, hasilnya" />
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-file`} className="font-medium">Bukti (opsional): berkas yang dihasilkan</label>
        <input id={`${id}-file`} type="file" accept={EVIDENCE_ACCEPT} onChange={(e) => setFile(e.target.files?.[0] ?? null)} className="mt-1 block w-full text-sm" />
        <p className="mt-1 text-xs text-slate-600">Berkas disimpan bersama bukti dukung LKE dan ditawarkan pada butir indikator ini.</p>
      </div>
      {error ? <p role="alert" className="text-red-700">{error}</p> : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={busy} className="rounded-md bg-emerald-700 px-3 py-1.5 font-medium text-white hover:bg-emerald-800 disabled:opacity-60">
          {busy ? "Menyimpan..." : "Simpan realisasi"}
        </button>
        {existing ? <button type="button" onClick={() => void cancel()} disabled={busy} className="rounded-md border border-red-300 px-3 py-1.5 text-red-800 hover:bg-red-50">Batalkan realisasi bulan ini</button> : null}
        <button type="button" onClick={onClose} className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-100">Tutup</button>
      </div>
    </form>
  );
}
