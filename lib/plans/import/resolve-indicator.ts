import type { TPlanIndicator } from "@/lib/plans/plan-structure";
import { normaliseWords } from "@/lib/plans/import/plan-columns";

// Which indicator of the period's catalogue an INDIKATOR cell names: by its code ("A.I.1.1
// Penyusunan Tim Kerja", as our export writes it), by the short number of the paper form ("1.1
// Penyusunan Tim Kerja", seed 002: the first indicator so numbered, said as a warning the preview
// shows), or by its exact title. Pure.

export type TResolved = { indicator: TPlanIndicator; warning: string | null } | { problem: string };

const FULL_CODE = /^([A-Z](?:\.[IVX]+)?(?:\.\d+)*)(?=\s|$|\.\s)/;
const SHORT_CODE = /^(\d+(?:\.\d+)+)\.?(?=\s|$)/;

export function resolveIndicator(text: string, indicators: readonly TPlanIndicator[]): TResolved {
  const cell = text.trim();
  if (!cell) return { problem: "Indikator wajib diisi (kolom INDIKATOR)." };
  const full = cell.match(FULL_CODE)?.[1];
  if (full && /[.]/.test(full)) {
    const indicator = indicators.find((i) => i.code === full);
    return indicator ? { indicator, warning: null } : unknown(full);
  }
  const short = cell.match(SHORT_CODE)?.[1];
  if (short) {
    const indicator = indicators.find((i) => i.code.endsWith(`.${short}`));
    if (!indicator) return unknown(short);
    return { indicator, warning: `Indikator '${short}' dibaca sebagai ${indicator.code} ${indicator.title}.` };
  }
  const title = normaliseWords(cell);
  const indicator = indicators.find((i) => normaliseWords(i.title) === title);
  return indicator ? { indicator, warning: null } : unknown(cell.length > 60 ? `${cell.slice(0, 60)}...` : cell);
}

function unknown(name: string): { problem: string } {
  return { problem: `Indikator '${name}' tidak termasuk katalog LKE periode ini. Tulis kode indikator katalog (misalnya A.I.1.1) di awal sel INDIKATOR.` };
}
