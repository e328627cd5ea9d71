import type { ServiceEntryKind } from "@/lib/generated/prisma/enums";
import type { TPublishedSurveyResults } from "@/lib/surveys/published-results";

// What the public page shows: only published content, as plain JSON (it is cached).

export type TPublicEvidence = { id: string; kind: "FILE" | "LINK"; title: string; href: string; year: number };
export type TPublicIndicator = { code: string; title: string; statement: string | null; evidenceByYear: { year: number; items: TPublicEvidence[] }[] };
/** One of the six areas: its Pemenuhan and Reform indicators. */
export type TPublicArea = { number: number; title: string; pemenuhan: TPublicIndicator[]; reform: TPublicIndicator[] };
export type TPublicService = { id: string; kind: ServiceEntryKind; title: string; body: string; photoUrl: string | null; publishedAt: string | null };

export type TPublicPageContent = {
  areas: TPublicArea[];
  /** Hasil parts that hold published content (evidence on B items). */
  hasil: TPublicIndicator[];
  services: TPublicService[];
  /** The published SPAK/SPKP results of the year's LKE (aggregates only). */
  surveys: TPublishedSurveyResults[];
  counts: { statements: number; evidence: number; services: number; surveys: number };
};
