import type { SurveyStatus } from "@/lib/generated/prisma/enums";

export const SURVEY_STATUS_LABEL: Record<SurveyStatus, string> = {
  DRAFT: "Belum dibuka",
  OPEN: "Dibuka",
  CLOSED: "Ditutup",
};
