import { prisma } from "@/lib/db";
import { timeZoneOfRegion } from "@/lib/units/time-zones";

type TSeedUnit = { id: string; code: string; name: string; level: string; parentId: string | null };

/** An agency and its units, parents first, with materialised paths and each region's time zone. */
export async function createAgencyUnits(agency: { id: string; code: string; name: string }, units: readonly TSeedUnit[]) {
  await prisma.agency.create({ data: agency });
  const paths = new Map<string, string>();
  const regions = new Map<string, string>();
  for (const unit of units) {
    const path = `${unit.parentId ? paths.get(unit.parentId) : "/"}${unit.id}/`;
    paths.set(unit.id, path);
    // A second-level unit is its own region; deeper units take their region's, and so its zone.
    const parentRegion = unit.parentId ? regions.get(unit.parentId) : undefined;
    const region = unit.parentId && units.find((u) => u.id === unit.parentId)?.parentId ? parentRegion! : unit.name;
    regions.set(unit.id, region);
    await prisma.unit.create({ data: { ...unit, agencyId: agency.id, path, timeZone: timeZoneOfRegion(region) } });
  }
}
