import type { TActionCase, TRequestCase } from "./table";
import { RECORDS, type TPersona, type TTarget, type TWorld } from "./world";

// Issue 12, points 5: the agency's templat rencana aksi (its admins and the installation's keep it)
// and starting a unit's plan from it or from last year's (the unit's members and head).

const ADMINS: TPersona[] = ["agencyAdmin", "installationAdmin"];
const UNIT: TPersona[] = ["member", "head"];

const write = (allowed: TPersona[], args: TActionCase["args"]): TActionCase => ({ allowed, targets: "both", anonymous: "unauthenticated", writes: true, args });
const fields = { description: "Langkah templat matriks", plannedOutput: "Notula", plannedMonths: [1] };

export const PLAN_TEMPLATE_ACTIONS: Record<string, TActionCase> = {
  "lib/plan-templates/actions.ts#createTemplateStepAction": write(ADMINS, (w, t) => [{ agencyId: RECORDS[t].agencyId, nodeId: w.plans[t].nodeId, ...fields }]),
  // A version never current: the conflict, past the access check; the step stays for the next persona.
  "lib/plan-templates/actions.ts#updateTemplateStepAction": write(ADMINS, (w, t) => [{ stepId: w.planTemplateStepOf[t], expectedVersion: 999, ...fields }]),
  "lib/plan-templates/actions.ts#deleteTemplateStepAction": write(ADMINS, (w, t) => [{ stepId: w.planTemplateStepOf[t], expectedVersion: 999 }]),
  "lib/plan-templates/actions.ts#copyPlanToTemplateAction": write(ADMINS, (_w, t) => [{ agencyId: RECORDS[t].agencyId, assessmentId: RECORDS[t].assessmentId }]),
  // Both plans hold the world's step: starting "into an empty plan" is refused as not empty, nothing written.
  "lib/plans/start-plan-actions.ts#startPlanAction": write(UNIT, (_w, t) => [{ assessmentId: RECORDS[t].assessmentId, source: "template", mode: "empty" }]),
};

export const PLAN_TEMPLATE_PAGES: Record<string, TRequestCase> = {
  "/(app)/admin/rencana-aksi/page": {
    allowed: ADMINS, targets: "both", anonymous: "redirect-to-sign-in", writes: false,
    call: (_w: TWorld, t: TTarget) => ({ method: "GET", path: `/admin/rencana-aksi?instansi=${RECORDS[t].agencyId}` }),
  },
};
