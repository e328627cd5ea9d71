import type { ComponentType } from "react";
import type { UseFormRegister } from "react-hook-form";
import type { TItem, TOption } from "@/lib/scoring/types";
import type { TItemFormValues } from "@/lib/assessments/item-form";

// What the LKE item card (components/lke/answer-control.tsx) and the worksheet cell
// (components/worksheet/answer-cell.tsx) share: the props of an answer's field and the choice of
// field by answer type. Each draws its own fields (radios on a card, a select in a cell).

export type TAnswerFieldProps = {
  item: TItem;
  register: UseFormRegister<TItemFormValues>;
  values: TItemFormValues;
  disabled: boolean;
  /** PERCENT counts a refusal is about (marked invalid), and the id of its message. */
  invalidInputs?: string[];
  errorId?: string;
};

export type TAnswerFields = {
  /** Options with their criteria (Ya/Tidak, A/B/C, ...). */
  options: ComponentType<TAnswerFieldProps>;
  /** Whole-number counts of a PERCENT item, with the percentage they give. */
  counts: ComponentType<TAnswerFieldProps>;
  /** A survey index (0,00 - 4,00). */
  index: ComponentType<TAnswerFieldProps>;
};

/** The field of the item's answer type. */
export function AnswerField({ fields, ...props }: TAnswerFieldProps & { fields: TAnswerFields }) {
  const Field = props.item.answerType === "PERCENT" ? fields.counts : props.item.answerType === "SURVEY_INDEX_0_4" ? fields.index : fields.options;
  return <Field {...props} />;
}

/** Ya/Tidak options are shown by their label alone; others by key and criterion. */
export const isYesNoOption = (option: TOption) => option.key === "YA" || option.key === "TIDAK";
