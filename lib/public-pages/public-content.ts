import "server-only";
import { unstable_cache } from "next/cache";
import { prisma } from "@/lib/db";
import type { TPublicPageAccess } from "@/lib/access/public-access";
import { getCatalogue } from "@/lib/catalogue/queries";
import type { TNode } from "@/lib/scoring/types";
import { publicPageTag } from "@/lib/public-pages/cache-tag";
import type { TPublicEvidence, TPublicIndicator, TPublicPageContent } from "@/lib/public-pages/content-types";
import type { TPublishedSurveyResults } from "@/lib/surveys/published-results";

// The public page's content: every query carries `published = true` itself, so nothing else
// can reach the page. Cached per unit, year and public version (bumped by every publishing act in
// its transaction), so each app instance serves a change at once; the tag frees old entries.

type TEvidenceRow = { id: string; kind: "FILE" | "LINK"; title: string; url: string | null; year: number; nodeCode: string };

async function loadContent(assessmentId: string, unitId: string, year: number, catalogueVersionId: string): Promise<TPublicPageContent> {
  const [loaded, statements, evidence, services, surveys] = await Promise.all([
    getCatalogue(catalogueVersionId),
    prisma.publicStatement.findMany({ where: { assessmentId, published: true }, select: { body: true, node: { select: { code: true } } } }),
    // Published evidence of this year and the years before, by the indicator's code (stable across versions).
    prisma.$queryRaw<TEvidenceRow[]>`
      SELECT e."id", e."kind"::text AS "kind", e."title", e."url", p."year", n."code" AS "nodeCode"
      FROM "Evidence" e JOIN "Assessment" a ON a."id" = e."assessmentId" JOIN "Period" p ON p."id" = a."periodId"
      JOIN "CatalogueItem" i ON i."id" = e."itemId" JOIN "CatalogueNode" n ON n."id" = i."nodeId"
      WHERE a."unitId" = ${unitId} AND p."year" <= ${year} AND e."published" = true AND e."deletedAt" IS NULL
      ORDER BY p."year" DESC, i."position", e."createdAt"`,
    prisma.publicServiceEntry.findMany({
      where: { assessmentId, published: true }, orderBy: [{ kind: "asc" }, { createdAt: "asc" }],
      select: { id: true, kind: true, title: true, body: true, photoKey: true, publishedAt: true },
    }),
    // The stored aggregates of the published surveys; the responses are never read here.
    prisma.survey.findMany({ where: { assessmentId, resultsPublished: true }, orderBy: { createdAt: "asc" }, select: { publishedResults: true } }),
  ]);
  const statementOf = new Map(statements.map((s) => [s.node.code, s.body]));
  const evidenceOf = new Map<string, TEvidenceRow[]>();
  for (const row of evidence) evidenceOf.set(row.nodeCode, [...(evidenceOf.get(row.nodeCode) ?? []), row]);

  const indicator = (node: TNode): TPublicIndicator => {
    const rows = evidenceOf.get(node.code) ?? [];
    const years = [...new Set(rows.map((r) => r.year))];
    return {
      code: node.code, title: node.title, statement: statementOf.get(node.code) ?? null,
      evidenceByYear: years.map((y) => ({ year: y, items: rows.filter((r) => r.year === y).map(toPublicEvidence) })),
    };
  };
  const [pengungkit, hasil] = loaded.catalogue.components;
  const [pemenuhan, reform] = pengungkit?.children ?? [];
  const areas = (pemenuhan?.children ?? []).map((area, index) => ({
    number: index + 1,
    title: area.title,
    pemenuhan: area.children.map(indicator),
    reform: (reform?.children[index]?.children ?? []).map(indicator),
  }));
  const hasilRows = (hasil?.children ?? []).map(indicator).filter((i) => i.evidenceByYear.length > 0);
  return {
    areas,
    hasil: hasilRows,
    services: services.map((s) => ({
      id: s.id, kind: s.kind, title: s.title, body: s.body, photoUrl: s.photoKey ? `/api/publik/foto/${s.id}` : null, publishedAt: s.publishedAt?.toISOString() ?? null,
    })),
    surveys: surveys.flatMap((s) => (s.publishedResults ? [s.publishedResults as unknown as TPublishedSurveyResults] : [])),
    counts: { statements: statements.length, evidence: evidence.length, services: services.length, surveys: surveys.length },
  };
}

function toPublicEvidence(row: TEvidenceRow): TPublicEvidence {
  // Files through the public route (which checks the published flag again); links as given.
  return { id: row.id, kind: row.kind, title: row.title, href: row.kind === "FILE" ? `/api/publik/bukti/${row.id}` : (row.url ?? "#"), year: row.year };
}

/** The page's content, cached; the version in the key makes a publishing act visible on every instance. */
export function getPublicPageContent(page: TPublicPageAccess): Promise<TPublicPageContent> {
  const cached = unstable_cache(
    (assessmentId: string, unitId: string, year: number, versionId: string, _publicVersion: number) => loadContent(assessmentId, unitId, year, versionId),
    ["public-zi-page"],
    { tags: [publicPageTag(page.unitId)], revalidate: 3600 },
  );
  return cached(page.assessmentId, page.unitId, page.year, page.catalogueVersionId, page.publicVersion);
}

/** The same content without the cache: the signed-in preview shows the state of this moment. */
export function getPublicPageContentUncached(page: TPublicPageAccess): Promise<TPublicPageContent> {
  return loadContent(page.assessmentId, page.unitId, page.year, page.catalogueVersionId);
}
