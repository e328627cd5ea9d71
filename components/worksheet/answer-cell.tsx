"use client";

import type { TOption } from "@/lib/scoring/types";
import { typedPercent } from "@/lib/assessments/item-form";
import { formatPercent } from "@/lib/format";
import { AnswerField, isYesNoOption, type TAnswerFieldProps as TProps } from "@/components/answer/answer-field";

// The answer inline in a worksheet cell: a select of the options, the counts, or the index.
// Controls sit outside the tab order (the grid moves between cells; Enter edits) and carry their
// saved value as default, so the server HTML shows the answer. autoComplete off: a browser must
// not refill them on reload (that would count as new input). The sheet's stylesheet styles them.

export function AnswerCell(props: TProps) {
  return <AnswerField {...props} fields={{ options: OptionField, counts: CountsField, index: IndexField }} />;
}

export const optionText = (option: TOption) => (isYesNoOption(option) ? option.label : `${option.key} · ${option.label}`);

function OptionField({ item, register, values, disabled }: TProps) {
  return (
    <select tabIndex={-1} autoComplete="off" aria-label={`Jawaban ${item.code}`} disabled={disabled} defaultValue={values.optionKey}
      {...register("optionKey")}>
      <option value="">— belum dijawab —</option>
      {item.options.map((option) => <option key={option.key} value={option.key}>{optionText(option)}</option>)}
    </select>
  );
}

function CountsField({ item, register, values, disabled, invalidInputs, errorId }: TProps) {
  const percent = typedPercent(item, values);
  return (
    <div className="space-y-1">
      {item.inputs.map((input) => {
        const invalid = invalidInputs?.includes(input.key) ?? false;
        return (
          <label key={input.key} className="block text-xs leading-tight text-slate-700">
            {input.label}
            <input type="number" inputMode="numeric" min={0} step={1} tabIndex={-1} autoComplete="off" disabled={disabled}
              defaultValue={values.inputs[input.key]} aria-invalid={invalid || undefined} aria-describedby={invalid ? errorId : undefined}
              {...register(`inputs.${input.key}`)} className="mt-0.5" />
          </label>
        );
      })}
      <p className="text-xs text-slate-700" data-testid={`percent-${item.code}`}>
        Persentase <span className="font-semibold">{percent === null ? "-" : formatPercent(percent)}</span>
      </p>
    </div>
  );
}

function IndexField({ item, register, values, disabled }: TProps) {
  return (
    <input type="text" inputMode="decimal" placeholder="3,60" tabIndex={-1} autoComplete="off" disabled={disabled}
      aria-label={`Nilai indeks survei ${item.code} (0,00 - 4,00)`} defaultValue={values.surveyIndex} {...register("surveyIndex")} />
  );
}
