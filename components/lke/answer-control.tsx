"use client";

import { typedPercent } from "@/lib/assessments/item-form";
import { formatPercent } from "@/lib/format";
import { AnswerField, isYesNoOption, type TAnswerFieldProps as TProps } from "@/components/answer/answer-field";

// Every field carries its value as the default too (checked / value attribute), so the server
// HTML shows the saved answer before, and without, JavaScript.

/** One control per answer type: options with their criteria, whole-number counts, or an index. */
export function AnswerControl(props: TProps) {
  return <AnswerField {...props} fields={{ options: OptionControl, counts: PercentControl, index: SurveyControl }} />;
}

function OptionControl({ item, register, values, disabled }: TProps) {
  return (
    <fieldset disabled={disabled}>
      <legend className="sr-only">Jawaban {item.code}</legend>
      <div className="grid gap-2">
        {item.options.map((option) => {
          const id = `${item.code}-${option.key}`;
          const checked = values.optionKey === option.key;
          return (
            <label key={option.key} htmlFor={id}
              className={`flex cursor-pointer items-start gap-3 rounded-md border px-3 py-2 text-sm ${checked ? "border-brand-600 bg-brand-50" : "border-slate-200 hover:border-slate-400"}`}>
              <input id={id} type="radio" value={option.key} defaultChecked={checked} {...register("optionKey")} className="mt-1 h-4 w-4 shrink-0 accent-brand-700" />
              <span>
                <span className="font-semibold">{isYesNoOption(option) ? option.label : option.key}</span>
                {isYesNoOption(option) ? null : <span className="text-slate-700"> · {option.label}</span>}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

function PercentControl({ item, register, values, disabled, invalidInputs, errorId }: TProps) {
  const percent = typedPercent(item, values);
  return (
    <fieldset disabled={disabled} className="space-y-2">
      <legend className="sr-only">Jumlah untuk {item.code}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {item.inputs.map((input) => {
          const invalid = invalidInputs?.includes(input.key) ?? false;
          return (
            <label key={input.key} className="block text-sm">
              <span className="text-slate-700">{input.label}</span>
              <input type="number" inputMode="numeric" min={0} step={1} defaultValue={values.inputs[input.key]}
                aria-invalid={invalid || undefined} aria-describedby={invalid ? errorId : undefined} {...register(`inputs.${input.key}`)}
                className={`mt-1 w-full rounded-md border px-3 py-2 ${invalid ? "border-red-600 ring-1 ring-red-600" : "border-slate-300"}`} />
            </label>
          );
        })}
      </div>
      <p className="text-sm" aria-live="polite" data-testid={`percent-${item.code}`}>
        Persentase: <span className="font-semibold">{percent === null ? "-" : formatPercent(percent)}</span>
      </p>
    </fieldset>
  );
}

function SurveyControl({ item, register, values, disabled }: TProps) {
  return (
    <label className="block max-w-xs text-sm">
      <span className="text-slate-700">Nilai indeks survei (0,00 - 4,00)</span>
      <input type="text" inputMode="decimal" placeholder="3,60" disabled={disabled} defaultValue={values.surveyIndex} {...register("surveyIndex")}
        aria-describedby={`${item.code}-survey-hint`} className="mt-1 w-full rounded-md border border-slate-300 px-3 py-2" />
      <span id={`${item.code}-survey-hint`} className="mt-1 block text-xs text-slate-500">Dua angka desimal, mis. 3,60.</span>
    </label>
  );
}
