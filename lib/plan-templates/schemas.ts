import { z } from "zod";
import { zId } from "@/lib/validation";
import { ZStepFields } from "@/lib/plans/schemas";

// The templat rencana aksi: a unit's step without a person or a date (those are the unit's own).
// Shared by the admin's forms and the mutations.

export const ZTemplateStepFields = ZStepFields.pick({ description: true, plannedOutput: true, plannedMonths: true });
export type TTemplateStepFields = z.infer<typeof ZTemplateStepFields>;

export const ZCreateTemplateStep = ZTemplateStepFields.extend({ agencyId: zId(40), nodeId: zId(40) });

/** `expectedVersion`: the version the admin edited; a newer one is a conflict, never overwritten. */
export const ZUpdateTemplateStep = ZTemplateStepFields.extend({ stepId: zId(40), expectedVersion: z.number().int().min(1) });

export const ZDeleteTemplateStep = z.object({ stepId: zId(40), expectedVersion: z.number().int().min(1) });

/** "Salin dari rencana aksi unit": every step of one unit's plan becomes a template step. */
export const ZCopyPlanToTemplate = z.object({ agencyId: zId(40), assessmentId: zId(40) });
