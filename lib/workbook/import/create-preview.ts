import "server-only";
import { createHash } from "node:crypto";
import { prisma } from "@/lib/db";
import { assertCan, type TAssessmentAccess } from "@/lib/access/assessment-access";
import { toEngineAnswer } from "@/lib/assessments/answer-dto";
import { STATUS_LABEL } from "@/lib/assessments/status-labels";
import { getCatalogue } from "@/lib/catalogue/queries";
import { clock } from "@/lib/clock";
import { InvalidStateError } from "@/lib/errors";
import { assertWindowOpen } from "@/lib/review/windows";
import { assertPeriodOpenForWork } from "@/lib/periods/policy";
import type { TAnswer } from "@/lib/scoring/types";
import { answerInWords, sameAnswer } from "@/lib/workbook/import/compare-answers";
import { interpretRows, type TRowProblem } from "@/lib/workbook/import/interpret-rows";
import { PREVIEW_TTL_MS, type TPreviewChange, type TWorkbookPreview } from "@/lib/workbook/import/preview-types";
import { loadWorkbook, WorkbookFileError } from "@/lib/workbook/import/read-upload";
import { readAnswerSheet, type TSheetRead } from "@/lib/workbook/import/sheet-rows";

/**
 * Reads an uploaded workbook and stores what importing it would change, item by item, with
 * every problem row named. Nothing is written to the answers here. Only the unit's own members
 * may import, and only while the unit may write its answers.
 */
export async function createWorkbookPreview(access: TAssessmentAccess, fileName: string, file: Buffer): Promise<{ importId: string }> {
  assertCan(access, "answer.self.write");
  const { id: assessmentId, user } = access;
  const now = clock.now();
  assertImportOpen(access, now);
  const sheet = readAnswerSheet(await loadWorkbook(file, fileName));
  const [loaded, assessment, current, reviews] = await Promise.all([
    getCatalogue(access.catalogueVersionId),
    prisma.assessment.findUniqueOrThrow({
      where: { id: assessmentId },
      select: { unit: { select: { name: true } }, period: { select: { catalogueVersion: { select: { code: true, version: true, checksum: true } } } } },
    }),
    prisma.answer.findMany({ where: { assessmentId, side: "SELF" }, select: { itemId: true, optionKey: true, inputs: true, surveyIndex: true, narrative: true, version: true } }),
    access.status === "REVISION_REQUESTED" ? prisma.itemReview.findMany({ where: { assessmentId, verdict: "REVISION_REQUESTED" }, select: { itemId: true } }) : null,
  ]);
  const notes = checkSource(sheet, access, assessmentId, assessment.unit.name, assessment.period.catalogueVersion);
  const { proposals, problems } = interpretRows(loaded.catalogue, sheet);
  const byItem = new Map(current.map((row) => [row.itemId, row]));
  const sentBack = reviews ? new Set(reviews.map((r) => r.itemId)) : null;

  const changes: TPreviewChange[] = [];
  const lockProblems: TRowProblem[] = [];
  let unchangedCount = 0;
  for (const proposal of proposals) {
    const itemId = loaded.itemIdByCode.get(proposal.item.code)!;
    const existing = byItem.get(itemId);
    const before: TAnswer | undefined = existing ? toEngineAnswer(existing) : undefined;
    const after = proposal.answer as TAnswer;
    const narrativeBefore = existing?.narrative ?? "";
    const narrativeAfter = proposal.narrative ?? narrativeBefore;
    if (sameAnswer(before, after) && narrativeBefore === narrativeAfter) {
      unchangedCount++;
      continue;
    }
    if (sentBack && !sentBack.has(itemId)) {
      lockProblems.push({ row: proposal.row, code: proposal.item.code, message: "Butir ini terkunci pada tahap perbaikan: hanya butir yang dikembalikan TPI yang dapat diubah. Kembalikan isinya seperti semula." });
      continue;
    }
    changes.push({
      itemId, code: proposal.item.code, text: proposal.item.text, row: proposal.row,
      before: answerInWords(proposal.item, before), after: answerInWords(proposal.item, after),
      narrativeBefore, narrativeAfter, expectedVersion: existing?.version ?? 0, answer: after,
    });
  }
  const allProblems = [...problems, ...lockProblems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const preview: TWorkbookPreview = { sheetName: sheet.sheetName, changes, unchangedCount, problems: allProblems, notes };

  const record = await prisma.$transaction(async (tx) => {
    // Previews are short-lived; clearing the expired ones here needs no timer.
    await tx.workbookImport.deleteMany({ where: { expiresAt: { lt: now } } });
    return tx.workbookImport.create({
      data: {
        assessmentId, createdById: user.id, fileName: fileName.slice(0, 200), sha256: createHash("sha256").update(file).digest("hex"),
        preview: preview as object, expiresAt: new Date(now.getTime() + PREVIEW_TTL_MS),
      },
      select: { id: true },
    });
  });
  return { importId: record.id };
}

/** Importing writes the unit's answers: the same stage and window rules as a single save. */
export function assertImportOpen(access: TAssessmentAccess, now: Date) {
  assertPeriodOpenForWork(access);
  if (access.status === "DRAFT") return assertWindowOpen(access.windows, "SELF_ASSESSMENT", now);
  if (access.status === "REVISION_REQUESTED") return assertWindowOpen(access.windows, "REVISION", now);
  throw new InvalidStateError(
    `LKE berstatus "${STATUS_LABEL[access.status]}": jawaban unit tidak dapat diimpor. Impor hanya dapat dilakukan saat LKE masih draf atau dikembalikan untuk perbaikan.`,
  );
}

type TVersion = { code: string; version: number; checksum: string };

/** The app's own export names its LKE and catalogue: another unit's or catalogue's file is refused. */
function checkSource(sheet: TSheetRead, access: TAssessmentAccess, assessmentId: string, unitName: string, version: TVersion): string[] {
  const meta = sheet.meta;
  if (!meta) return ["Berkas tidak berasal dari unduhan aplikasi: baris dicocokkan menurut kode butir."];
  if (meta.catalogueChecksum !== version.checksum) {
    throw new WorkbookFileError(
      `Berkas ini memakai katalog ${meta.catalogueCode ?? "lain"} versi ${meta.catalogueVersion ?? "?"}, sedangkan LKE ini memakai katalog ${version.code} versi ${version.version}. ` +
        "Unduh buku kerja dari LKE ini lalu salin jawaban ke dalamnya.",
    );
  }
  if (meta.unitId !== access.unitId) {
    throw new WorkbookFileError(`Berkas ini adalah LKE ${meta.unitName ?? "unit lain"}, bukan LKE ${unitName}. Unggah buku kerja unit Anda sendiri.`);
  }
  if (meta.assessmentId !== assessmentId) return [`Berkas diekspor dari LKE ${meta.periodName ?? "periode lain"} unit ini; jawabannya akan dipakai untuk LKE ini.`];
  return [];
}
