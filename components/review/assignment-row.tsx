"use client";

import { useState } from "react";
import { assignEvaluatorAction, unassignEvaluatorAction } from "@/lib/review/actions";
import { useActionCall } from "@/components/review/use-action-call";
import { StatusBadge } from "@/components/ui/status-badge";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

type TProps = {
  assessmentId: string;
  unitName: string;
  status: AssessmentStatus;
  team: { role: "LEAD" | "MEMBER"; user: { id: string; name: string } }[];
  evaluators: { id: string; name: string; email: string }[];
};

/** One unit's TPI team: who leads, who helps; add or remove evaluators. */
export function AssignmentRow({ assessmentId, unitName, status, team, evaluators }: TProps) {
  const [userId, setUserId] = useState("");
  const [role, setRole] = useState<"LEAD" | "MEMBER">(team.some((t) => t.role === "LEAD") ? "MEMBER" : "LEAD");
  const { call, pending, error } = useActionCall();
  const free = evaluators.filter((e) => !team.some((t) => t.user.id === e.id));
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid={`assignment-${assessmentId}`}>
      <p className="flex flex-wrap items-center gap-2 font-semibold">{unitName} <StatusBadge status={status} /></p>
      <ul className="mt-2 space-y-1">
        {team.length === 0 ? <li className="text-slate-500">Belum ada evaluator.</li> : null}
        {team.map((t) => (
          <li key={t.user.id} className="flex items-center gap-2">
            <span>{t.user.name} · {t.role === "LEAD" ? "Ketua tim" : "Anggota"}</span>
            <button type="button" disabled={pending} onClick={() => call(() => unassignEvaluatorAction({ assessmentId, userId: t.user.id }))}
              className="text-red-700 underline">Lepas</button>
          </li>
        ))}
      </ul>
      <form className="mt-3 flex flex-wrap items-end gap-2" onSubmit={(e) => {
        e.preventDefault();
        call(() => assignEvaluatorAction({ assessmentId, userId, role }), () => setUserId(""));
      }}>
        <label className="block">
          <span className="text-slate-700">Evaluator</span>
          <select value={userId} onChange={(e) => setUserId(e.target.value)} required className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5">
            <option value="">Pilih evaluator</option>
            {free.map((e) => <option key={e.id} value={e.id}>{e.name} ({e.email})</option>)}
          </select>
        </label>
        <label className="block">
          <span className="text-slate-700">Peran</span>
          <select value={role} onChange={(e) => setRole(e.target.value as "LEAD" | "MEMBER")} className="mt-1 block rounded-md border border-slate-300 px-2 py-1.5">
            <option value="LEAD">Ketua tim</option>
            <option value="MEMBER">Anggota</option>
          </select>
        </label>
        <button type="submit" disabled={pending || !userId} className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white disabled:opacity-50">Tugaskan</button>
      </form>
      {error ? <p role="alert" className="mt-1 text-red-700">{error}</p> : null}
    </li>
  );
}
