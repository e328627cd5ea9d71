import type { TUnitOption } from "@/lib/units/unit-tree";

/** A unit in a drop-down: indented by depth, with its code. */
export function unitOptionLabel(unit: Pick<TUnitOption, "depth" | "name" | "code">): string {
  return `${"\u00a0\u00a0".repeat(unit.depth)}${unit.name} (${unit.code})`;
}
