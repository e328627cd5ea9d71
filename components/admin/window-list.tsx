import type { Stage } from "@/lib/generated/prisma/enums";
import { STAGE_LABEL, STAGES } from "@/lib/periods/labels";
import { openStages } from "@/lib/periods/window-dates";
import { formatDate } from "@/lib/format";

type TWindow = { stage: Stage; opensAt: Date; closesAt: Date };

/** The four stages with their dates ("5 Januari 2027 s.d. 28 Februari 2027"); the running one marked. */
export function WindowList({ windows, now }: { windows: TWindow[]; now: Date }) {
  const open = new Set(openStages(windows, now));
  const byStage = new Map(windows.map((w) => [w.stage, w]));
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
      {STAGES.map((stage) => {
        const window = byStage.get(stage);
        return (
          <div key={stage} className="contents">
            <dt className="text-slate-500">{STAGE_LABEL[stage]}</dt>
            <dd className="mb-1 sm:mb-0">
              {window ? `${formatDate(window.opensAt)} s.d. ${formatDate(window.closesAt)}` : "Belum dijadwalkan"}
              {open.has(stage) ? <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-900">sedang berjalan</span> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
