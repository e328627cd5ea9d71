"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { startPlanAction } from "@/lib/plans/start-plan-actions";
import type { TPlanSource } from "@/lib/plans/start-plan-schemas";
import type { TStartPlanResult } from "@/lib/plans/start-plan";
import type { TPlanStartOptions } from "@/lib/plans/start-plan-options";

type TProps = { assessmentId: string; options: TPlanStartOptions; planSteps: number };

const SOURCE_LABEL: Record<TPlanSource, string> = { template: "templat instansi", lastYear: "rencana aksi tahun lalu" };

/** Starts the plan from the agency's template or last year's plan; adding to a non-empty plan is an explicit choice. */
export function StartPlanPanel({ assessmentId, options, planSteps }: TProps) {
  const router = useRouter();
  const [addToExisting, setAddToExisting] = useState(false);
  const [busy, setBusy] = useState<TPlanSource>();
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<TStartPlanResult>();
  const blocked = planSteps > 0 && !addToExisting;

  async function start(source: TPlanSource) {
    setBusy(source);
    setError(undefined);
    setResult(undefined);
    const reply = await startPlanAction({ assessmentId, source, mode: planSteps > 0 ? "add" : "empty" });
    setBusy(undefined);
    if (!reply.ok) return setError(reply.message);
    setResult(reply.data);
    setAddToExisting(false);
    router.refresh();
  }

  const button = "rounded-md border border-brand-600 bg-white px-3 py-1.5 font-medium text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-50";
  return (
    <section aria-label="Mulai rencana aksi" className="no-print space-y-2 rounded-md border border-slate-200 bg-white p-3 text-sm">
      <details open={planSteps === 0}>
        <summary className="cursor-pointer font-medium">
          {planSteps === 0 ? "Mulai rencana aksi dari templat instansi atau rencana tahun lalu" : "Tambahkan langkah dari templat instansi atau rencana tahun lalu"}
        </summary>
        <div className="mt-2 space-y-2">
          <p className="text-slate-700">
            Langkah aksi, bukti fisik dan bulan rencana disalin ke indikator yang sama tahun ini; realisasi tidak ikut disalin.
            Penanggung jawab tetap bila masih pegawai unit ini, selain itu Anda (dapat diubah per langkah).
          </p>
          {planSteps > 0 ? (
            <label className="flex items-start gap-2">
              <input type="checkbox" checked={addToExisting} onChange={(e) => setAddToExisting(e.target.checked)} className="mt-0.5 accent-brand-700" />
              <span>Tambahkan ke {planSteps} langkah aksi yang sudah ada (tidak ada langkah yang diganti atau dihapus)</span>
            </label>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button type="button" className={button} disabled={blocked || busy !== undefined || options.templateSteps === 0} onClick={() => start("template")}>
              {busy === "template" ? "Menyalin..." : "Mulai dari templat instansi"}
            </button>
            <button type="button" className={button} disabled={blocked || busy !== undefined || !options.lastYear} onClick={() => start("lastYear")}>
              {busy === "lastYear" ? "Menyalin..." : "Mulai dari rencana tahun lalu"}
            </button>
          </div>
          <ul className="list-disc pl-5 text-xs text-slate-600">
            <li>{options.templateSteps ? `Templat instansi: ${options.templateSteps} langkah aksi.` : "Instansi belum memiliki templat rencana aksi."}</li>
            <li>{options.lastYear ? `Rencana aksi ${options.lastYear.periodName}: ${options.lastYear.steps} langkah aksi.` : "Tidak ada rencana aksi periode sebelumnya."}</li>
          </ul>
        </div>
      </details>
      {error ? <p role="alert" className="text-red-700">{error}</p> : null}
      {result ? <StartPlanResult result={result} /> : null}
    </section>
  );
}

function StartPlanResult({ result }: { result: TStartPlanResult }) {
  const from = result.fromYear ? `rencana aksi tahun ${result.fromYear}` : SOURCE_LABEL[result.source];
  return (
    <div role="status" data-testid="start-plan-result" className="space-y-1 rounded-md bg-emerald-50 p-3 text-emerald-950">
      <p>{result.created} langkah aksi ditambahkan dari {from}.</p>
      {result.reassigned ? <p>{result.reassigned} langkah: penanggung jawab lama bukan lagi pegawai unit ini, kini Anda. Ubah bila perlu.</p> : null}
      {result.skipped.length ? (
        <div className="text-amber-950">
          <p>{result.skipped.length} langkah tidak disalin karena indikatornya tidak ada di katalog LKE periode ini:</p>
          <ul className="list-disc pl-5">
            {result.skipped.map((s, i) => <li key={i}>{s.indicatorCode} {s.indicatorTitle}: {s.description}</li>)}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
