"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { carryForwardAction, confirmCarriedAction } from "@/lib/carry-forward/actions";
import type { TCarryForwardOverview } from "@/lib/carry-forward/queries";

type TMessage = { tone: "ok" | "error"; text: string };

/** On the overview: the offer to start from last year's LKE, then what is still marked as carried. */
export function CarryForwardPanel({ assessmentId, overview }: { assessmentId: string; overview: TCarryForwardOverview }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<TMessage>();
  const { offer } = overview;
  if (!offer && overview.carried === 0 && !message) return null;

  const start = async () => {
    setBusy("start");
    const result = await carryForwardAction({ assessmentId });
    setBusy(null);
    setAsking(false);
    if (!result.ok) return setMessage({ tone: "error", text: result.message });
    const { answers, evidence, recheck, fromYear } = result.data;
    setMessage({ tone: "ok", text: `${answers} jawaban dan ${evidence} bukti dukung disalin dari LKE ${fromYear}; ${recheck} butir perlu diperiksa kembali.` });
    router.refresh();
  };
  const confirmArea = async (sectionCode: string) => {
    setBusy(sectionCode);
    const result = await confirmCarriedAction({ assessmentId, sectionCode });
    setBusy(null);
    setMessage(result.ok ? { tone: "ok", text: `${result.data.confirmed} jawaban dikonfirmasi.` } : { tone: "error", text: result.message });
    if (result.ok) router.refresh();
  };

  return (
    <section aria-labelledby="tahun-lalu" className="no-print space-y-3 rounded-lg border border-sky-200 bg-sky-50 p-4" data-testid="carry-forward">
      <h2 id="tahun-lalu" className="font-semibold">{offer ? "Mulai dari LKE tahun lalu" : `Jawaban dari LKE ${overview.carriedFromYear ?? "tahun lalu"}`}</h2>
      {offer ? (
        <>
          <p className="text-sm">
            LKE ini masih kosong. Anda dapat memulai dari LKE {offer.year} ({offer.periodName}): {offer.answered} jawaban beserta uraian dan
            bukti dukung dari {offer.evidenced} butir disalin (berkas yang sama, tidak diunggah ulang). Setiap jawaban ditandai
            &ldquo;dari tahun lalu&rdquo; sampai dikonfirmasi atau diubah; butir yang teks, pilihan atau rumusnya berubah ditandai &ldquo;periksa kembali&rdquo;.
          </p>
          {asking ? (
            <div className="flex flex-wrap gap-2">
              <button type="button" onClick={() => void start()} disabled={busy !== null} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60">
                {busy ? "Menyalin..." : `Ya, salin dari LKE ${offer.year}`}
              </button>
              <button type="button" onClick={() => setAsking(false)} disabled={busy !== null} className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">Batal</button>
            </div>
          ) : (
            <button type="button" onClick={() => setAsking(true)} className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white">Mulai dari LKE tahun lalu</button>
          )}
        </>
      ) : overview.carried > 0 ? (
        <>
          <p className="text-sm" data-testid="carried-counts">
            <strong>{overview.carried}</strong> jawaban dari tahun lalu belum dikonfirmasi, <strong>{overview.recheck}</strong> di antaranya perlu diperiksa kembali.
          </p>
          <ul className="divide-y divide-sky-200 text-sm">
            {overview.sections.map((s) => (
              <li key={s.code} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
                <Link href={`/lke/${assessmentId}/${s.code}`} className="text-brand-700 underline">{s.code} {s.title}</Link>
                <span className="flex items-center gap-3">
                  <span>{s.carried} belum dikonfirmasi{s.recheck ? `, ${s.recheck} periksa kembali` : ""}</span>
                  {overview.canConfirm ? (
                    <button type="button" onClick={() => void confirmArea(s.code)} disabled={busy !== null}
                      className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs disabled:opacity-60">Konfirmasi semua di {s.code}</button>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {message ? <p role={message.tone === "error" ? "alert" : "status"} className={`text-sm ${message.tone === "error" ? "text-red-700" : "text-emerald-800"}`}>{message.text}</p> : null}
    </section>
  );
}
