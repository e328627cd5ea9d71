"use client";

import { useState } from "react";
import type { TLikertScale, TProfileField } from "@/lib/scoring/types";
import { ProfileFields } from "@/components/surveys/profile-fields";

type TItem = { code: string; text: string; scale: TLikertScale };
type TProps = { slug: string; items: TItem[]; profile: TProfileField[]; tokenRequired: boolean; initialToken: string };
type TState = { kind: "idle" } | { kind: "sending" } | { kind: "done" } | { kind: "error"; message: string };

/** One tap per statement, optional profile, send: made to finish on a phone in under two minutes. */
export function SurveyForm({ slug, items, profile, tokenRequired, initialToken }: TProps) {
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [state, setState] = useState<TState>({ kind: "idle" });
  const missing = items.findIndex((item) => answers[item.code] === undefined);

  async function submit(form: HTMLFormElement) {
    if (missing >= 0) {
      setState({ kind: "error", message: `Pertanyaan ${missing + 1} belum dijawab.` });
      document.getElementById(`pertanyaan-${items[missing].code}`)?.scrollIntoView({ block: "center" });
      return;
    }
    const data = new FormData(form);
    const profileAnswers = Object.fromEntries(profile.map((field) => [field.key, String(data.get(`profil-${field.key}`) ?? "")]).filter(([, value]) => value));
    setState({ kind: "sending" });
    try {
      const response = await fetch(`/api/survei/${slug}/jawaban`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ answers, profile: profileAnswers, token: String(data.get("token") ?? "") || undefined, website: String(data.get("website") ?? "") || undefined }),
      });
      const body = (await response.json().catch(() => null)) as { ok?: boolean; message?: string } | null;
      setState(response.ok && body?.ok ? { kind: "done" } : { kind: "error", message: body?.message ?? "Jawaban belum terkirim. Coba lagi." });
    } catch {
      setState({ kind: "error", message: "Tidak ada koneksi. Jawaban belum terkirim; coba lagi." });
    }
  }

  if (state.kind === "done") {
    return <p role="status" className="rounded-md bg-green-50 p-4 text-green-900" data-testid="survey-thanks">Terima kasih! Jawaban Anda sudah kami terima.</p>;
  }
  return (
    <form noValidate onSubmit={(event) => { event.preventDefault(); void submit(event.currentTarget); }} className="space-y-4">
      <ol className="space-y-4">
        {items.map((item, index) => (
          <li key={item.code} id={`pertanyaan-${item.code}`}>
            <fieldset className="rounded-lg border border-slate-200 bg-white p-3">
              <legend className="px-1 text-sm font-medium">{index + 1}. {item.text}</legend>
              <div className="mt-2 grid gap-1.5" style={{ gridTemplateColumns: `repeat(${item.scale.max - item.scale.min + 1}, minmax(0, 1fr))` }}>
                {item.scale.labels.map((label, i) => {
                  const point = item.scale.min + i;
                  const checked = answers[item.code] === point;
                  return (
                    <label key={point} className={`flex min-h-12 cursor-pointer flex-col items-center justify-center rounded-md border px-1 py-1.5 text-center text-xs ${checked ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800"}`}>
                      <input type="radio" name={item.code} value={point} checked={checked} className="sr-only"
                        onChange={() => setAnswers((current) => ({ ...current, [item.code]: point }))} />
                      <span className="text-base font-semibold">{point}</span>
                      <span>{label}</span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {profile.length ? <ProfileFields profile={profile} /> : null}
      {tokenRequired || initialToken ? (
        <label className="block text-sm">
          <span className="font-medium">Token dari petugas layanan{tokenRequired ? "" : " (jika ada)"}</span>
          <input name="token" defaultValue={initialToken} autoComplete="off" autoCapitalize="characters" maxLength={20} required={tokenRequired}
            className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2 font-mono uppercase" />
        </label>
      ) : null}
      {/* Honeypot: hidden from people and screen readers; a bot that fills it is refused. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label>Situs web <input name="website" tabIndex={-1} autoComplete="off" /></label>
      </div>
      {state.kind === "error" ? <p role="alert" className="text-sm text-red-700">{state.message}</p> : null}
      <button type="submit" disabled={state.kind === "sending"} className="w-full rounded-md bg-brand-700 px-4 py-3 font-medium text-white disabled:opacity-60">
        {state.kind === "sending" ? "Mengirim..." : "Kirim jawaban"}
      </button>
      <p className="text-center text-xs text-slate-600">Terjawab {items.length - Object.keys(answers).length === 0 ? "semua" : `${Object.keys(answers).length} dari ${items.length}`} pertanyaan.</p>
    </form>
  );
}
