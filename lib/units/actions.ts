"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { createUnit, moveUnit, setUnitActive, updateUnit } from "@/lib/units/unit-mutations";
import { addUnitLineage, removeUnitLineage } from "@/lib/units/lineage-mutations";

// Thin: runAction authenticates and types the errors; the mutations authorise (unit.manage over
// the unit's agency) and validate.

async function run<T>(body: Parameters<typeof runAction<T>>[0]) {
  const result = await runAction(body);
  revalidatePath("/admin/unit", "layout");
  return result;
}

/** Adds a unit under a unit of the agency. */
export async function createUnitAction(input: unknown) {
  return run((user) => createUnit(user, input));
}

/** Renames a unit or changes its code, type, region or time zone. */
export async function updateUnitAction(input: unknown) {
  return run((user) => updateUnit(user, input));
}

/** Moves a unit and its subtree under another parent (no cycles). */
export async function moveUnitAction(input: unknown) {
  return run((user) => moveUnit(user, input));
}

/** Deactivates or reactivates a unit. */
export async function setUnitActiveAction(input: unknown) {
  return run((user) => setUnitActive(user, input));
}

/** Records that units merged, split or were replaced from a year on. */
export async function addUnitLineageAction(input: unknown) {
  return run((user) => addUnitLineage(user, input));
}

export async function removeUnitLineageAction(input: unknown) {
  return run((user) => removeUnitLineage(user, input));
}
