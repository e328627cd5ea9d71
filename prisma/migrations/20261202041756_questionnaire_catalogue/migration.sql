-- AlterEnum
ALTER TYPE "AnswerType" ADD VALUE 'LIKERT';

-- AlterEnum
ALTER TYPE "InstrumentKind" ADD VALUE 'QUESTIONNAIRE';
