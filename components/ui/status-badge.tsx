import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { STATUS_LABEL, STATUS_TONE } from "@/lib/assessments/status-labels";

export function StatusBadge({ status }: { status: AssessmentStatus }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${STATUS_TONE[status]}`}>
      {STATUS_LABEL[status]}
    </span>
  );
}
