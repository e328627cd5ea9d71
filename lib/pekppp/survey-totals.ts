import "server-only";
import type { TTransaction } from "@/lib/db";
import { prisma } from "@/lib/db";
import type { TSurveyTotals } from "@/lib/scoring/index-score";
import type { TSurveySpec } from "@/lib/scoring/types";

/**
 * The F-03 answers of one unit's service users in a period, in total (sum and count): read from
 * the survey feature's responses (Survey of kind PEKPPP_F03, each response an object of item code
 * to the point chosen). Only whole points on the instrument's scale count.
 * The seam with the surveys work (issue 13): this is the only place that reads its responses.
 */
export async function getSurveyTotals(db: TTransaction | typeof prisma, periodId: string, unitId: string, spec: TSurveySpec | undefined): Promise<TSurveyTotals> {
  const min = spec?.scale.min ?? 1;
  const max = spec?.scale.max ?? 5;
  const rows = await db.$queryRaw<{ sum: bigint | null; count: bigint }[]>`
    SELECT SUM(v.value::int) AS "sum", COUNT(*) AS "count"
    FROM "Survey" s
    JOIN "SurveyResponse" r ON r."surveyId" = s."id"
    CROSS JOIN LATERAL jsonb_each_text(CASE WHEN jsonb_typeof(r."answers"::jsonb) = 'object' THEN r."answers"::jsonb ELSE '{}'::jsonb END) v
    WHERE s."periodId" = ${periodId} AND s."unitId" = ${unitId} AND s."kind" = 'PEKPPP_F03'
      AND v.value ~ '^[0-9]$' AND v.value::int BETWEEN ${min} AND ${max}`;
  return { sum: Number(rows[0]?.sum ?? 0), count: Number(rows[0]?.count ?? 0) };
}
