import type { TAnswerType, TFormula, TItem } from "@/lib/scoring/types";
import { formatDecimal } from "@/lib/format";

const ANSWER_TYPE_LABEL: Record<TAnswerType, string> = {
  YA_TIDAK: "Ya/Tidak",
  ABC: "Pilihan A/B/C",
  ABCD: "Pilihan A/B/C/D",
  ABCDE: "Pilihan A/B/C/D/E",
  PERCENT: "Persentase (dihitung dari isian)",
  SURVEY_INDEX_0_4: "Indeks survei 0–4",
  LIKERT: "Skala Likert (kuesioner)",
  SCALE_0_5: "Skala nilai 0–5 (F-02)",
  CHOICE: "Pilihan tunggal",
  MULTI_CHOICE: "Pilihan ganda (boleh lebih dari satu)",
  COUNT: "Jumlah (bilangan bulat)",
  TEXT: "Jawaban terbuka",
};

/** One catalogue item, collapsed to its code and question; opens to its answer options. */
export function CatalogueItemDetails({ item }: { item: TItem }) {
  return (
    <details className="rounded-md border border-slate-200 bg-white">
      <summary className="cursor-pointer px-3 py-2 text-sm">
        <span className="font-mono text-xs text-slate-600">{item.code}</span> {item.text}{" "}
        <span className="whitespace-nowrap text-xs text-slate-500">· {ANSWER_TYPE_LABEL[item.answerType]}
          {item.weight !== null ? ` · bobot ${formatDecimal(item.weight)}` : ""}</span>
      </summary>
      <div className="space-y-2 border-t border-slate-200 px-3 py-2 text-sm">
        {item.options.length ? (
          <div>
            <p className="font-medium">Pilihan jawaban</p>
            <ul className="mt-1 space-y-1">
              {item.options.map((o) => (
                <li key={o.key}><span className="font-semibold">{o.key}</span> — {o.label} <span className="text-slate-500">(nilai {formatDecimal(o.value, 2)})</span></li>
              ))}
            </ul>
          </div>
        ) : null}
        {item.inputs.length ? (
          <div>
            <p className="font-medium">Isian</p>
            <ul className="mt-1 list-disc pl-5">{item.inputs.map((i) => <li key={i.key}>{i.label} <span className="font-mono text-xs text-slate-500">({i.key})</span></li>)}</ul>
          </div>
        ) : null}
        {item.formula ? <p><span className="font-medium">Rumus:</span> {describeFormula(item.formula)}</p> : null}
        {item.answerType === "SURVEY_INDEX_0_4" ? <p>Nilai = indeks survei ÷ 4.</p> : null}
        {item.guidance ? <p><span className="font-medium">Penjelasan:</span> {item.guidance}</p> : null}
        {item.expectedEvidence.length ? (
          <div>
            <p className="font-medium">Bukti dukung yang diharapkan</p>
            <ul className="mt-1 list-disc pl-5">{item.expectedEvidence.map((e) => <li key={e}>{e}</li>)}</ul>
          </div>
        ) : null}
      </div>
    </details>
  );
}

function describeFormula(formula: TFormula): string {
  if (formula.kind === "ratio") {
    const sum = (keys: string[]) => (keys.length > 1 ? `(${keys.join(" + ")})` : keys[0] ?? "0");
    return `${sum(formula.numerator)} ÷ ${sum(formula.denominator)}; bila penyebut 0, nilai ${formatDecimal(formula.whenDenominatorZero)}.`;
  }
  const zero = formula.whenPreviousZero;
  return `penurunan dari ${formula.previous} ke ${formula.current}; bila ${formula.previous} = 0, nilai ${formatDecimal(zero.currentZero)} (${formula.current} = 0) atau ${formatDecimal(zero.currentPositive)} (${formula.current} > 0).`;
}
