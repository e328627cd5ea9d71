import { z } from "zod";
import { zId } from "@/lib/validation";

/** Where a new plan's steps come from: the agency's templat or the unit's plan of last year. */
export const PLAN_SOURCES = ["template", "lastYear"] as const;
export type TPlanSource = (typeof PLAN_SOURCES)[number];

/**
 * `mode`: "empty" only fills a plan without steps; "add" is the deliberate choice to add the
 * source's steps to those already there (nothing is ever replaced or removed).
 */
export const ZStartPlan = z.object({
  assessmentId: zId(40),
  source: z.enum(PLAN_SOURCES, { error: "Pilih sumber rencana aksi: templat instansi atau rencana tahun lalu." }),
  mode: z.enum(["empty", "add"], { error: "Pilih apakah langkah ditambahkan ke rencana yang sudah ada." }),
});
export type TStartPlanInput = z.infer<typeof ZStartPlan>;
