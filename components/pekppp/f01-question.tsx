"use client";

import { useState } from "react";
import { saveAnswerAction } from "@/lib/assessments/actions";
import { useActionCall } from "@/components/review/use-action-call";
import type { TF01Question } from "@/lib/pekppp/f01-sheet";

/** One F-01 question of the unit: Ya/Tidak or one choice, several choices, a number, or text. */
export function F01Question({ assessmentId, question, disabled }: { assessmentId: string; question: TF01Question; disabled: boolean }) {
  const { item, itemId } = question;
  const [version, setVersion] = useState(question.answer?.version ?? 0);
  const [optionKey, setOptionKey] = useState(question.answer?.optionKey ?? null);
  const [chosen, setChosen] = useState<Record<string, number>>(item.answerType === "MULTI_CHOICE" ? (question.answer?.inputs ?? {}) : {});
  const [count, setCount] = useState(item.answerType === "COUNT" ? String(question.answer?.inputs?.jumlah ?? "") : "");
  const [text, setText] = useState(question.answer?.narrative ?? "");
  const [saved, setSaved] = useState(false);
  const { call, pending, error } = useActionCall();
  const changed = () => setSaved(false);

  const answer = () => {
    if (item.answerType === "MULTI_CHOICE") return { inputs: chosen };
    if (item.answerType === "COUNT") return { inputs: count === "" ? null : { jumlah: Number(count) } };
    if (item.answerType === "TEXT") return {};
    return { optionKey };
  };
  const save = () => call(
    () => saveAnswerAction({ assessmentId, itemId, expectedVersion: version, answer: answer(), narrative: item.answerType === "TEXT" ? text : question.answer?.narrative ?? "" }),
    (data) => { setVersion(data.answer.version); setSaved(true); },
  );

  return (
    <div data-testid={`f01-${item.code}`} className="space-y-2 border-t border-slate-100 pt-2">
      <fieldset disabled={disabled}>
        <legend className="text-sm">{item.text}</legend>
        {item.answerType === "TEXT" ? (
          <textarea aria-label={item.text} value={text} rows={2} onChange={(e) => { setText(e.target.value); changed(); }} className="mt-1 w-full rounded-md border border-slate-300 px-2 py-1 text-sm" />
        ) : item.answerType === "COUNT" ? (
          <input aria-label={item.text} type="number" min={0} step={1} inputMode="numeric" value={count} onChange={(e) => { setCount(e.target.value); changed(); }} className="mt-1 w-40 rounded-md border border-slate-300 px-2 py-1 text-sm" />
        ) : (
          <div className="mt-1 grid gap-1 text-sm">
            {item.options.map((option) => (
              <label key={option.key} className="flex items-start gap-2">
                {item.answerType === "MULTI_CHOICE" ? (
                  <input type="checkbox" checked={chosen[option.key] === 1} className="mt-1 accent-brand-700"
                    onChange={(e) => { setChosen((prev) => { const next = { ...prev }; if (e.target.checked) next[option.key] = 1; else delete next[option.key]; return next; }); changed(); }} />
                ) : (
                  <input type="radio" name={item.code} checked={optionKey === option.key} className="mt-1 accent-brand-700" onChange={() => { setOptionKey(option.key); changed(); }} />
                )}
                <span>{option.label}</span>
              </label>
            ))}
          </div>
        )}
      </fieldset>
      {disabled ? null : (
        <div className="flex items-center gap-3">
          <button type="button" disabled={pending} onClick={save} className="rounded-md border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800">{pending ? "Menyimpan..." : "Simpan"}</button>
          {saved ? <span role="status" className="text-sm text-green-800">Tersimpan</span> : null}
        </div>
      )}
      {error ? <p role="alert" className="text-sm text-red-700">{error}</p> : null}
    </div>
  );
}
