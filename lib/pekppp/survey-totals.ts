import "server-only";
import type { TTransaction } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { prisma } from "@/lib/db";
import { getCatalogue } from "@/lib/catalogue/queries";
import { InvalidStateError } from "@/lib/errors";
import { likertIndex } from "@/lib/scoring/likert";
import type { Rational } from "@/lib/scoring/rational";
import type { TSurveyTotals } from "@/lib/scoring/index-score";
import type { TCatalogue, TLikertScale } from "@/lib/scoring/types";

export type TF03Questionnaire = { versionId: string; code: string; catalogue: TCatalogue; scale: TLikertScale; toIndex: (mean: Rational) => Rational };

/**
 * The F-03 questionnaire a PEKPPP catalogue names (a QUESTIONNAIRE catalogue on the survey
 * engine, 1-5), its latest version: its items, its scale and its conversion of the mean answer
 * to the index (lib/scoring/likert.ts).
 */
export async function getF03Questionnaire(db: TTransaction | typeof prisma, code: string): Promise<TF03Questionnaire> {
  const version = await db.catalogueVersion.findFirst({ where: { code, instrument: "QUESTIONNAIRE" }, orderBy: { version: "desc" }, select: { id: true } });
  if (!version) throw new InvalidStateError(`Kuesioner F-03 '${code}' belum diimpor; impor katalognya terlebih dahulu.`);
  const { catalogue } = await getCatalogue(version.id);
  const first = catalogue.components.flatMap(function items(node): TCatalogue["components"][number]["items"] { return [...node.items, ...node.children.flatMap(items)]; })[0];
  const scale = first?.scale ?? { min: 1, max: 5, labels: [] };
  const rules = catalogue.questionnaire ?? { index: { min: scale.min, max: scale.max } };
  return { versionId: version.id, code, catalogue, scale, toIndex: (mean) => likertIndex(scale, rules.index, mean) };
}

/**
 * The F-03 answers of the assessment's unit's service users in its period, in total (sum and count): read from
 * the survey feature's responses (the assessment's Survey of the F-03 questionnaire, whichever of
 * its versions the survey started on; each response an object of item code to the point chosen). Only the questionnaire's items and whole points on its scale count.
 * The seam with the surveys work (issue 13): the only place that reads its responses.
 */
export async function getSurveyTotals(db: TTransaction | typeof prisma, access: TAssessmentAccess, questionnaire: TF03Questionnaire): Promise<TSurveyTotals> {
  const codes = questionnaire.catalogue.components.flatMap(function codesOf(node): string[] { return [...node.items.map((item) => item.code), ...node.children.flatMap(codesOf)]; });
  const { min, max } = questionnaire.scale;
  const rows = await db.$queryRaw<{ sum: bigint | null; count: bigint }[]>`
    SELECT SUM(v.value::int) AS "sum", COUNT(*) AS "count"
    FROM "Survey" s
    JOIN "CatalogueVersion" cv ON cv."id" = s."catalogueVersionId"
    JOIN "SurveyResponse" r ON r."surveyId" = s."id"
    CROSS JOIN LATERAL jsonb_each_text(CASE WHEN jsonb_typeof(r."answers"::jsonb) = 'object' THEN r."answers"::jsonb ELSE '{}'::jsonb END) v
    WHERE s."assessmentId" = ${access.id} AND cv."code" = ${questionnaire.code}
      AND v.key = ANY(${codes}) AND v.value ~ '^[0-9]{1,2}$' AND v.value::int BETWEEN ${min} AND ${max}`;
  return { sum: Number(rows[0]?.sum ?? 0), count: Number(rows[0]?.count ?? 0) };
}
