import Link from "next/link";
import type { TGain } from "@/lib/scoring/types";
import { formatScore } from "@/lib/format";

type TGainRow = TGain & { text: string; sectionCode: string };

/** The unanswered or weak items that would add the most points. */
export function GainsList({ assessmentId, gains }: { assessmentId: string; gains: TGainRow[] }) {
  if (gains.length === 0) return <p className="text-sm text-slate-600">Semua butir sudah bernilai maksimal.</p>;
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {gains.map((gain) => (
        <li key={gain.itemCode} className="flex items-start gap-3 px-3 py-2 text-sm">
          <span className="shrink-0 rounded bg-brand-50 px-2 py-0.5 font-semibold text-brand-800">+{formatScore(gain.gain)}</span>
          <span className="min-w-0">
            <Link href={`/lke/${assessmentId}/${gain.sectionCode}#butir-${gain.itemCode}`} className="font-medium text-brand-700 hover:underline">
              {gain.itemCode}
            </Link>{" "}
            {gain.text}
            <span className="block text-xs text-slate-500">{gain.reason === "unanswered" ? "Belum dijawab" : "Jawaban belum maksimal"}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
