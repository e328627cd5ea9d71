import { InvalidStateError } from "@/lib/errors";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

/** Statuses in which the unit may change its own answers. */
const SELF_EDITABLE: readonly AssessmentStatus[] = ["DRAFT"];

export function assertSelfAnswersEditable(status: AssessmentStatus) {
  if (!SELF_EDITABLE.includes(status)) {
    throw new InvalidStateError("LKE sudah dikirim; jawaban tidak dapat diubah kecuali pada butir yang dikembalikan untuk perbaikan.");
  }
}
