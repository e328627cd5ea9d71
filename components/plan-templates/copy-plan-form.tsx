"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { copyPlanToTemplateAction } from "@/lib/plan-templates/actions";
import { FormMessage, secondaryButtonClass } from "@/components/admin/form-message";

type TProps = { agencyId: string; plans: { assessmentId: string; label: string }[] };

/** "Salin dari rencana aksi unit": a quick start, adding one unit's steps to the template. */
export function CopyPlanForm({ agencyId, plans }: TProps) {
  const id = useId();
  const router = useRouter();
  const [assessmentId, setAssessmentId] = useState(plans[0]?.assessmentId ?? "");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string }>();
  if (plans.length === 0) return <p className="text-sm text-slate-600">Belum ada rencana aksi unit pada katalog ini yang dapat disalin.</p>;

  async function copy() {
    setBusy(true);
    const result = await copyPlanToTemplateAction({ agencyId, assessmentId });
    setBusy(false);
    setMessage(result.ok ? { tone: "success", text: `${result.data.copied} langkah aksi ditambahkan ke templat.` } : { tone: "error", text: result.message });
    if (result.ok) router.refresh();
  }
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2 text-sm">
        <div>
          <label htmlFor={`${id}-plan`} className="font-medium">Salin dari rencana aksi unit</label>
          <select id={`${id}-plan`} value={assessmentId} onChange={(e) => setAssessmentId(e.target.value)} className="mt-1 block rounded-md border border-slate-300 bg-white px-2 py-1.5">
            {plans.map((p) => <option key={p.assessmentId} value={p.assessmentId}>{p.label}</option>)}
          </select>
        </div>
        <button type="button" disabled={busy} onClick={copy} className={secondaryButtonClass}>{busy ? "Menyalin..." : "Tambahkan ke templat"}</button>
      </div>
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
    </div>
  );
}
