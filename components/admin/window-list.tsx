import type { Stage } from "@/lib/generated/prisma/enums";
import { STAGE_LABEL, STAGES } from "@/lib/periods/labels";
import { openStages, WINDOW_TIME_ZONE } from "@/lib/periods/window-dates";
import { formatDateTimeIn } from "@/lib/format";

type TWindow = { stage: Stage; opensAt: Date; closesAt: Date };

/** The four stages with their dates and times in the windows' zone ("... pukul 23.59 WIB"); the running one marked. */
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
              {window ? `${formatDateTimeIn(window.opensAt, WINDOW_TIME_ZONE)} s.d. ${formatDateTimeIn(window.closesAt, WINDOW_TIME_ZONE)}` : "Belum dijadwalkan"}
              {open.has(stage) ? <span className="ml-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-900">sedang berjalan</span> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
