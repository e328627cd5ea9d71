// Rebuilds every stored score from the answers: npm run scores:recompute [-- --period <id>]
import { prisma } from "@/lib/db";
import { unsafeRecomputeAssessmentScores } from "@/lib/assessments/recompute-scores";

const periodFlag = process.argv.indexOf("--period");
const periodId = periodFlag > 0 ? process.argv[periodFlag + 1] : undefined;

async function main() {
  const assessments = await prisma.assessment.findMany({ where: periodId ? { periodId } : {}, select: { id: true } });
  const started = performance.now();
  for (const { id } of assessments) await unsafeRecomputeAssessmentScores(id);
  console.log(`recomputed ${assessments.length} assessments in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
