import "server-only";
import { parseInput } from "@/lib/validation";
import { prisma, type TTransaction } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { getCatalogue } from "@/lib/catalogue/queries";
import { ValidationError } from "@/lib/errors";
import { authorizeAgency, authorizePeriod } from "@/lib/access/period-access";
import { Prisma } from "@/lib/generated/prisma/client";
import { STAGES } from "@/lib/periods/labels";
import { assertPeriodChangeable } from "@/lib/periods/policy";
import { createAssessments, emptyScoreOf } from "@/lib/periods/create-assessments";
import { ZAddPeriodUnits, ZCreatePeriod, ZUpdatePeriodWindows, type TCreatePeriodInput, type TWindows } from "@/lib/periods/schemas";
import { toDateInput, windowRange } from "@/lib/periods/window-dates";
import { assertAgencyUnits } from "@/lib/units/queries";

// Big agencies add hundreds of units at once; each needs its empty score rows.
const BULK_TIMEOUT_MS = 120_000;

/** Opens a period: its windows, one assessment (with its empty score) per unit, one audit event. */
export async function createPeriod(user: TSessionUser, rawInput: unknown): Promise<{ periodId: string; assessmentCount: number }> {
  const input = parseInput(ZCreatePeriod, rawInput);
  // Refused before the catalogue is even read: the agency decides who may.
  await authorizeAgency(user, input.agencyId, "period.manage");
  const version = await prisma.catalogueVersion.findUnique({ where: { id: input.catalogueVersionId }, select: { id: true, itemCount: true, instrument: true } });
  if (!version || version.instrument === "QUESTIONNAIRE") throw new ValidationError("Versi katalog tidak ditemukan.", { catalogueVersionId: "Versi katalog tidak ditemukan." });
  const empty = emptyScoreOf(await getCatalogue(version.id), version.itemCount);

  return prisma.$transaction(async (tx) => {
    const agency = await authorizeAgency(user, input.agencyId, "period.manage", { tx });
    const unitIds = await assertAgencyUnits(agency, tx, input.unitIds);
    await assertNameFree(tx, input);
    const period = await tx.period.create({
      data: {
        agencyId: input.agencyId, year: input.year, name: input.name, catalogueVersionId: version.id,
        windows: { create: STAGES.map((stage) => ({ stage, ...windowRange(input.windows[stage]) })) },
      },
      select: { id: true },
    });
    const created = await createAssessments(agency, tx, period.id, unitIds, empty);
    await recordAudit(tx, {
      actorId: user.id, action: "period.create", entityType: "Period", entityId: period.id,
      after: { agencyId: input.agencyId, year: input.year, name: input.name, catalogueVersionId: version.id, unitIds, windows: input.windows },
    });
    return { periodId: period.id, assessmentCount: created.length };
  }, { timeout: BULK_TIMEOUT_MS }).catch((error: unknown) => {
    // Two admins saving the same name at once: the unique index decides, with the same message.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw nameTaken(input);
    throw error;
  });
}

async function assertNameFree(tx: TTransaction, input: TCreatePeriodInput) {
  const taken = await tx.period.findFirst({
    where: { agencyId: input.agencyId, year: input.year, name: { equals: input.name, mode: "insensitive" } },
    select: { id: true },
  });
  if (taken) throw nameTaken(input);
}

function nameTaken(input: TCreatePeriodInput) {
  const message = `Nama periode "${input.name}" sudah dipakai untuk tahun ${input.year} di instansi ini. Gunakan nama lain.`;
  return new ValidationError(message, { name: message });
}

/** Adds units to a period; units that already take part are skipped (safe to repeat). */
export async function addPeriodUnits(user: TSessionUser, rawInput: unknown): Promise<{ added: number; skipped: number }> {
  const input = parseInput(ZAddPeriodUnits, rawInput);
  const period = await authorizePeriod(user, input.periodId, "period.manage");
  const empty = emptyScoreOf(await getCatalogue(period.catalogueVersionId), period.itemCount);

  return prisma.$transaction(async (tx) => {
    const locked = await authorizePeriod(user, input.periodId, "period.manage", { tx, lock: true });
    assertPeriodChangeable(locked.status, "units");
    const unitIds = await assertAgencyUnits(locked, tx, input.unitIds);
    const created = await createAssessments(locked, tx, locked.id, unitIds, empty);
    if (created.length) {
      await recordAudit(tx, {
        actorId: user.id, action: "period.units.add", entityType: "Period", entityId: locked.id,
        after: { addedUnitIds: created.map((c) => c.unitId), skipped: unitIds.length - created.length },
      });
    }
    return { added: created.length, skipped: unitIds.length - created.length };
  }, { timeout: BULK_TIMEOUT_MS });
}

/** Reschedules the four windows; the audit event keeps the old and the new dates. */
export async function updatePeriodWindows(user: TSessionUser, rawInput: unknown): Promise<{ changed: boolean }> {
  const input = parseInput(ZUpdatePeriodWindows, rawInput);
  return prisma.$transaction(async (tx) => {
    const period = await authorizePeriod(user, input.periodId, "period.manage", { tx, lock: true });
    assertPeriodChangeable(period.status, "windows");
    const rows = await tx.periodWindow.findMany({ where: { periodId: period.id }, select: { stage: true, opensAt: true, closesAt: true } });
    const before = Object.fromEntries(rows.map((w) => [w.stage, { opensAt: toDateInput(w.opensAt), closesAt: toDateInput(w.closesAt) }]));
    if (STAGES.every((s) => sameWindow(before[s], input.windows[s]))) return { changed: false };

    for (const stage of STAGES) {
      const range = windowRange(input.windows[stage]);
      await tx.periodWindow.upsert({
        where: { periodId_stage: { periodId: period.id, stage } },
        create: { periodId: period.id, stage, ...range },
        update: range,
      });
    }
    await recordAudit(tx, {
      actorId: user.id, action: "period.windows.update", entityType: "Period", entityId: period.id,
      before, after: input.windows,
    });
    return { changed: true };
  });
}

function sameWindow(a: TWindows[keyof TWindows] | undefined, b: TWindows[keyof TWindows]) {
  return a?.opensAt === b.opensAt && a?.closesAt === b.closesAt;
}
