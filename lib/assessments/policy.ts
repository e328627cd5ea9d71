import { InvalidStateError } from "@/lib/errors";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

// Status-only check kept for callers that have no item or window at hand.
// The full rule (windows, sent-back items) is lib/review/policy.ts assertSelfItemWritable.
export function assertSelfAnswersEditable(status: AssessmentStatus) {
  if (status !== "DRAFT") {
    throw new InvalidStateError("LKE sudah dikirim; jawaban tidak dapat diubah kecuali pada butir yang dikembalikan untuk perbaikan.");
  }
}
