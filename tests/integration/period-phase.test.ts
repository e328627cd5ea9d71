import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { authorizeScope } from "@/lib/access/scope-access";
import { authorizePeriod } from "@/lib/access/period-access";
import { clock } from "@/lib/clock";
import { createPeriod } from "@/lib/periods/mutations";
import { getPeriodDetail, listPeriods } from "@/lib/periods/queries";
import { PERIOD_PHASE_LABEL } from "@/lib/periods/period-phase";
import { resetDatabase } from "@/tests/support/db";
import { createWorld, type TWorld } from "@/tests/support/fixtures";

// Point 18 of issue 8: a period said "Dibuka" before any of its windows opened. Its badge now
// follows the windows stored in the database and today's date.

let world: TWorld;
let periodId: string;
const realNow = clock.now;

beforeAll(async () => {
  await resetDatabase();
  world = await createWorld();
  ({ periodId } = await createPeriod(world.users.admin, {
    agencyId: "ag", year: 2027, name: "ZI 2027", catalogueVersionId: world.catalogueVersionId, unitIds: ["unit-a"],
    windows: {
      SELF_ASSESSMENT: { opensAt: "2027-01-05", closesAt: "2027-02-28" },
      REVIEW: { opensAt: "2027-03-01", closesAt: "2027-03-31" },
      REVISION: { opensAt: "2027-04-01", closesAt: "2027-04-15" },
      FINAL: { opensAt: "2027-04-16", closesAt: "2027-05-31" },
    },
  }));
}, 60_000);

async function phaseOn(iso: string) {
  clock.now = () => new Date(iso);
  try {
    const listed = (await listPeriods(authorizeScope(world.users.admin, "period.manage"))).find((p) => p.id === periodId)!.phase;
    const detail = (await getPeriodDetail(await authorizePeriod(world.users.admin, periodId, "period.manage"))).phase;
    expect(detail).toBe(listed);
    return PERIOD_PHASE_LABEL[listed];
  } finally {
    clock.now = realNow;
  }
}

describe("the period's badge", () => {
  it("reads Belum dibuka until the first window opens (00.00 WIB), Dibuka while windows run, then Semua tahapan selesai", async () => {
    expect(await phaseOn("2026-11-22T05:00:00Z")).toBe("Belum dibuka");
    expect(await phaseOn("2027-01-04T16:59:59Z")).toBe("Belum dibuka");
    expect(await phaseOn("2027-01-04T17:00:00Z")).toBe("Dibuka");
    expect(await phaseOn("2027-05-31T16:59:59Z")).toBe("Dibuka");
    expect(await phaseOn("2027-05-31T17:00:00Z")).toBe("Semua tahapan selesai");
  });

  it("reads Belum dijadwalkan without windows, and Ditutup once an admin closed the period", async () => {
    clock.now = () => new Date("2026-11-22T05:00:00Z");
    try {
      expect((await listPeriods(authorizeScope(world.users.admin, "period.manage"))).find((p) => p.id === "p2026")!.phase).toBe("UNSCHEDULED");
    } finally {
      clock.now = realNow;
    }
    await prisma.period.update({ where: { id: periodId }, data: { status: "CLOSED" } });
    expect(await phaseOn("2027-02-01T00:00:00Z")).toBe("Ditutup");
  });
});
