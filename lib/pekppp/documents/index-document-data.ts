import "server-only";
import { prisma } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { getDocumentSettings, readLogo } from "@/lib/agency-settings/queries";
import { findUnitHead } from "@/lib/documents/signers";
import type { TLetterhead, TSigner } from "@/lib/documents/pdf/layout";
import { getCatalogue } from "@/lib/catalogue/queries";
import { InvalidStateError } from "@/lib/errors";
import type { TStoredIndexResult } from "@/lib/pekppp/types";
import type { TCategoryRule } from "@/lib/scoring/types";

export type TIndexDocument = {
  result: TStoredIndexResult;
  /** The Berita Acara's number, issued at finalisation (null only for results from before numbering). */
  beritaAcaraNumber: string | null;
  category: TCategoryRule;
  unitName: string;
  agencyName: string;
  periodName: string;
  year: number;
  issuedAt: Date;
  place: string;
  letterhead: TLetterhead;
  unitHead: TSigner | null;
  /** The agreed notes per aspect (code -> notes of its indicators), the report's recommendations. */
  notesByAspect: Record<string, { code: string; level: number; note: string }[]>;
};

/** What the PEKPPP documents print: the stored final result, its team and notes. Readers only. */
export async function getIndexDocument(access: TAssessmentAccess): Promise<TIndexDocument> {
  const [row, assessment, agreed] = await Promise.all([
    prisma.indexResult.findUnique({ where: { assessmentId: access.id } }),
    prisma.assessment.findUniqueOrThrow({ where: { id: access.id }, select: { finalizedAt: true, unit: { select: { name: true, agency: { select: { name: true } } } }, period: { select: { name: true, year: true } } } }),
    prisma.agreedScore.findMany({ where: { assessmentId: access.id }, select: { level: true, note: true, item: { select: { code: true } } } }),
  ]);
  if (!row) throw new InvalidStateError("Dokumen PEKPPP tersedia setelah evaluasi difinalisasi.");
  const { catalogue } = await getCatalogue(access.catalogueVersionId);
  const result = row.result as unknown as TStoredIndexResult;
  const category = catalogue.results!.categories.find((c) => c.code === row.category)!;
  const settings = await getDocumentSettings(access);
  const aspectOf = new Map(catalogue.components.flatMap((aspect) => aspect.children.flatMap((indicator) => indicator.items.map((item) => [item.code, aspect.code] as const))));
  const notesByAspect: TIndexDocument["notesByAspect"] = {};
  for (const score of agreed.sort((a, b) => a.item.code.localeCompare(b.item.code, "id", { numeric: true }))) {
    const aspect = aspectOf.get(score.item.code) ?? "";
    (notesByAspect[aspect] ??= []).push({ code: score.item.code.replace(/\.F02$/, ""), level: score.level, note: score.note });
  }
  return {
    result, category, notesByAspect, beritaAcaraNumber: row.beritaAcaraNumber,
    unitName: assessment.unit.name, agencyName: assessment.unit.agency.name, periodName: assessment.period.name, year: assessment.period.year,
    issuedAt: assessment.finalizedAt ?? row.computedAt, place: settings.place,
    letterhead: { lines: settings.letterheadLines, address: settings.address, logo: await readLogo(settings), logoMime: settings.logoMime },
    unitHead: await findUnitHead(access, prisma),
  };
}
