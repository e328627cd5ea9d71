"use client";

import { useState } from "react";
import Link from "next/link";
import { transitionAction } from "@/lib/review/actions";
import type { TCompleteness } from "@/lib/review/completeness";
import { useActionCall } from "@/components/review/use-action-call";

type TProps = { assessmentId: string; statusVersion: number; completeness: TCompleteness; sectionOf: Record<string, string> };

/** The unit head's submission, after seeing what is still unanswered or without evidence. */
export function SubmitPanel({ assessmentId, statusVersion, completeness, sectionOf }: TProps) {
  const [acknowledged, setAcknowledged] = useState(false);
  const { call, pending, error } = useActionCall();
  const gaps = completeness.unanswered.length + completeness.withoutEvidence.length;
  return (
    <section aria-labelledby="kirim-lke" className="space-y-3 rounded-lg border border-brand-100 bg-white p-4">
      <h2 id="kirim-lke" className="text-lg font-semibold">Kirim LKE ke TPI</h2>
      <p className="text-sm text-slate-700">Setelah dikirim, jawaban dan bukti dukung tidak dapat diubah kecuali pada butir yang dikembalikan TPI untuk perbaikan.</p>
      <GapList title="Butir belum dijawab" items={completeness.unanswered} assessmentId={assessmentId} sectionOf={sectionOf} />
      <GapList title="Butir terjawab tanpa bukti dukung" items={completeness.withoutEvidence} assessmentId={assessmentId} sectionOf={sectionOf} />
      {gaps > 0 ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} className="mt-1 h-4 w-4" />
          <span>Saya memahami masih ada {gaps} kekurangan dan tetap ingin mengirim LKE.</span>
        </label>
      ) : <p className="text-sm font-medium text-emerald-800">Semua butir sudah dijawab dan memiliki bukti dukung.</p>}
      <button type="button" disabled={pending || (gaps > 0 && !acknowledged)}
        onClick={() => call(() => transitionAction({ assessmentId, action: "submit", expectedStatusVersion: statusVersion, acknowledgeIncomplete: acknowledged }))}
        className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-50">
        {pending ? "Mengirim..." : "Kirim LKE"}
      </button>
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </section>
  );
}

function GapList({ title, items, assessmentId, sectionOf }: { title: string; items: TCompleteness["unanswered"]; assessmentId: string; sectionOf: Record<string, string> }) {
  if (items.length === 0) return null;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium">{title} ({items.length})</summary>
      <ul className="mt-1 max-h-60 list-disc space-y-0.5 overflow-y-auto pl-5">
        {items.map((i) => (
          <li key={i.itemId}>
            <Link className="text-brand-700 hover:underline" href={`/lke/${assessmentId}/${sectionOf[i.code]}#butir-${i.code}`}>{i.code}</Link> {i.text}
          </li>
        ))}
      </ul>
    </details>
  );
}
