-- Exact scores (issue 8, point 14). Answer.value becomes the exact value as text ("3/4"); score
-- columns become numeric(30,20) for SQL ordering and aggregates. Existing rows keep their floating-
-- point values until rebuilt: the seed step (`npm run migrate`, once per deploy; the embedded runner runs it on start) recomputes every
-- score whose stored JSON still holds numbers instead of exact text, and `npm run scores:recompute`
-- rebuilds them all.

-- AlterTable
ALTER TABLE "Answer" ALTER COLUMN "value" SET DATA TYPE TEXT;

-- AlterTable
ALTER TABLE "AssessmentScore" ALTER COLUMN "total" SET DATA TYPE DECIMAL(30,20),
ALTER COLUMN "pengungkit" SET DATA TYPE DECIMAL(30,20),
ALTER COLUMN "hasil" SET DATA TYPE DECIMAL(30,20),
ALTER COLUMN "pemenuhan" SET DATA TYPE DECIMAL(30,20),
ALTER COLUMN "reform" SET DATA TYPE DECIMAL(30,20);

-- AlterTable
ALTER TABLE "NodeScore" ALTER COLUMN "score" SET DATA TYPE DECIMAL(30,20),
ALTER COLUMN "share" SET DATA TYPE DECIMAL(30,20);
