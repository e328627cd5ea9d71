import type { PeriodStatus } from "@/lib/generated/prisma/enums";
import { PERIOD_STATUS_LABEL, PERIOD_STATUS_TONE } from "@/lib/periods/labels";

export function PeriodStatusBadge({ status }: { status: PeriodStatus }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${PERIOD_STATUS_TONE[status]}`}>
      {PERIOD_STATUS_LABEL[status]}
    </span>
  );
}
