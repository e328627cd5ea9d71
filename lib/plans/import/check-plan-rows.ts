import "server-only";
import type { prisma, TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { getPlanStructure } from "@/lib/plans/plan-structure";
import { ZStepFields } from "@/lib/plans/schemas";
import { endOfMonth, parseDateText, sameStepKey, splitOutput, stripStepNumber } from "@/lib/plans/import/plan-columns";
import type { TRawPlanRow } from "@/lib/plans/import/read-plan-sheet";
import type { TPlanImportAction, TPlanImportPreview, TPlanImportRow } from "@/lib/plans/import/preview-types";
import { resolveIndicator } from "@/lib/plans/import/resolve-indicator";
import { findPerson, loadUnitPeople } from "@/lib/plans/import/unit-people";

type TDb = TTransaction | typeof prisma;
type TExisting = Awaited<ReturnType<typeof loadSteps>>[number];

/**
 * Every rule a step follows, per row, with all of a row's problems named (the form's schema, the
 * period's catalogue, the unit's people, no row twice), and what applying would do with it: create
 * a step, update the step of the same indicator with the same description, or leave it as it is.
 * Steps of the plan the file does not name stay. Reads the database; writes nothing.
 */
export async function checkPlanRows(db: TDb, access: TAssessmentAccess, sheetName: string, raw: readonly TRawPlanRow[]): Promise<TPlanImportPreview> {
  const [structure, people, existing, assessment] = await Promise.all([
    getPlanStructure(access.catalogueVersionId),
    loadUnitPeople(db, access.unitId),
    loadSteps(db, access.id),
    db.assessment.findUniqueOrThrow({ where: { id: access.id }, select: { period: { select: { year: true } } } }),
  ]);
  const indicators = structure.flatMap((area) => area.indicators);
  const uploader = people.find((p) => p.id === access.user.id) ?? null;
  const unmatched = new Map<string, TExisting[]>();
  for (const step of existing) {
    const key = `${step.nodeId}|${sameStepKey(step.description)}`;
    unmatched.set(key, [...(unmatched.get(key) ?? []), step]);
  }
  const firstRowOf = new Map<string, number>();

  const rows = raw.map((source): TPlanImportRow => {
    const problems = [...source.problems];
    const warnings: string[] = [];
    const found = resolveIndicator(source.indicator, indicators);
    if ("problem" in found) problems.push(found.problem);
    else if (found.warning) warnings.push(found.warning);
    const indicator = "indicator" in found ? found.indicator : null;

    const description = stripStepNumber(source.description);
    const { output, expectedLabel } = splitOutput(source.output);
    const expected = expectedLabel ? indicator?.expectedDocuments.find((d) => d.label === expectedLabel) : undefined;
    if (expectedLabel && indicator && !expected) warnings.push(`Dokumen LKE '${expectedLabel}' bukan dokumen butir indikator ini; langkah disimpan tanpa tautan dokumen LKE.`);

    const key = indicator ? `${indicator.nodeId}|${sameStepKey(description)}` : null;
    const step = key && description ? unmatched.get(key)?.[0] : undefined;

    const person = source.person ? findPerson(people, source.person) : null;
    if (person && "problem" in person) problems.push(person.problem);
    let personInCharge = person && "person" in person ? person.person : null;
    if (!source.person && !step) {
      if (uploader) warnings.push(`Penanggung jawab kosong: diisi ${uploader.name} (pengunggah). Ubah di halaman rencana aksi bila perlu.`);
      personInCharge = uploader;
    }

    let targetDate = source.target ? parseDateText(source.target) : null;
    if (source.target && !targetDate) problems.push(`Tanggal target '${source.target}' tidak dapat dibaca; tulis seperti 31 Maret ${assessment.period.year}.`);
    if (!source.target && !step && source.months.length) {
      targetDate = endOfMonth(assessment.period.year, Math.max(...source.months));
      warnings.push(`Target kosong: diisi akhir bulan rencana terakhir (${targetDate}).`);
    }

    const fields = {
      description, plannedOutput: output,
      expectedDocument: expected?.value ?? (expectedLabel === null && step ? documentOf(step) : ""),
      personInChargeId: personInCharge?.id ?? step?.personInChargeId ?? "",
      plannedMonths: source.months,
      targetDate: targetDate ?? step?.targetDate ?? "",
    };
    const parsed = ZStepFields.safeParse(fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        // Said once, in the import's own words, above (an empty target follows the months).
        if (field === "targetDate" && (source.target || !source.months.length)) continue;
        if (field === "personInChargeId" && source.person) continue;
        if (field === "plannedMonths" && source.problems.some((p) => p.startsWith("Bulan "))) continue;
        problems.push(field === "plannedMonths" && fields.plannedMonths.length === 0 ? "Tidak ada bulan rencana: beri tanda V pada kolom bulan pelaksanaan." : issue.message);
      }
    }
    if (key && description) {
      const first = firstRowOf.get(key);
      if (first !== undefined) problems.push(`Langkah aksi ini sama dengan baris ${first} (indikator dan uraian langkah sama).`);
      else firstRowOf.set(key, source.row);
    }

    const unique = [...new Set(problems)];
    let action: TPlanImportAction | null = null;
    let changed: string[] = [];
    if (unique.length === 0) {
      if (step) {
        unmatched.set(key!, unmatched.get(key!)!.slice(1));
        changed = changedFields(step, fields);
        action = changed.length ? "update" : "unchanged";
      } else {
        action = "create";
      }
    }
    const personName = personInCharge?.name ?? (step ? people.find((p) => p.id === step.personInChargeId)?.name ?? "" : source.person);
    return {
      row: source.row, area: source.area, nodeId: indicator?.nodeId ?? null, indicatorCode: indicator?.code ?? null,
      indicatorText: indicator ? `${indicator.code} ${indicator.title}` : source.indicator,
      description, plannedOutput: output, expectedDocument: fields.expectedDocument,
      expectedLabel: indicator?.expectedDocuments.find((d) => d.value === fields.expectedDocument)?.label ?? null,
      personId: fields.personInChargeId || null, personName, plannedMonths: source.months, targetDate: fields.targetDate,
      action, stepId: step && action ? step.id : null, expectedVersion: step && action ? step.version : null,
      changed, problems: unique, warnings,
    };
  });
  const counts = { create: 0, update: 0, unchanged: 0 };
  for (const row of rows) if (row.action) counts[row.action]++;
  return { sheetName, raw: [...raw], rows, problemRows: rows.filter((r) => r.problems.length).length, counts };
}

function loadSteps(db: TDb, assessmentId: string) {
  return db.actionPlanStep.findMany({
    where: { plan: { assessmentId } }, orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, version: true, nodeId: true, description: true, plannedOutput: true, expectedItemId: true, expectedEntry: true, personInChargeId: true, plannedMonths: true, targetDate: true },
  }).then((steps) => steps.map((s) => ({ ...s, targetDate: s.targetDate.toISOString().slice(0, 10) })));
}

const documentOf = (step: TExisting) => (step.expectedItemId ? `${step.expectedItemId}:${step.expectedEntry}` : "");

type TFields = { description: string; plannedOutput: string; expectedDocument: string; personInChargeId: string; plannedMonths: number[]; targetDate: string };

function changedFields(step: TExisting, fields: TFields): string[] {
  const changed: string[] = [];
  if (step.description !== fields.description) changed.push("Langkah aksi");
  if (step.plannedOutput !== fields.plannedOutput) changed.push("Bukti fisik");
  if (documentOf(step) !== fields.expectedDocument) changed.push("Dokumen LKE");
  if (step.personInChargeId !== fields.personInChargeId) changed.push("Penanggung jawab");
  if (step.plannedMonths.join(",") !== fields.plannedMonths.join(",")) changed.push("Bulan rencana");
  if (step.targetDate !== fields.targetDate) changed.push("Target");
  return changed;
}

