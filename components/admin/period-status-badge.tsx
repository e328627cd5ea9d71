import { PERIOD_PHASE_LABEL, PERIOD_PHASE_TONE, type TPeriodPhase } from "@/lib/periods/period-phase";

export function PeriodStatusBadge({ phase }: { phase: TPeriodPhase }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${PERIOD_PHASE_TONE[phase]}`} data-testid="period-phase">
      {PERIOD_PHASE_LABEL[phase]}
    </span>
  );
}
