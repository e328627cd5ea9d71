import { z } from "zod";
import { zId } from "@/lib/validation";

export const ZCarryForward = z.object({ assessmentId: zId(40) });

/** Confirm the carried answers of one item, or of every item of one area (section). */
export const ZConfirmCarried = z.union([
  z.object({ assessmentId: zId(40), itemId: zId(40) }),
  z.object({ assessmentId: zId(40), sectionCode: z.string().trim().min(1).max(40) }),
], { error: "Pilih butir atau area yang dikonfirmasi." });
