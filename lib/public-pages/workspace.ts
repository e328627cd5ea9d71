import "server-only";
import { prisma } from "@/lib/db";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import { getCatalogue } from "@/lib/catalogue/queries";
import type { TNode } from "@/lib/scoring/types";
import type { ServiceEntryKind } from "@/lib/generated/prisma/enums";
import type { TStatementDto } from "@/lib/public-pages/types";

// The unit's publishing page: every indicator with its statement (draft or published) and its
// live bukti dukung with the published flag, and the service information entries.

export type TWorkspaceEvidence = { id: string; kind: "FILE" | "LINK"; title: string; itemCode: string; published: boolean; publishedAt: string | null; publishedBy: string | null };
export type TWorkspaceIndicator = { nodeId: string; code: string; title: string; takesStatement: boolean; statement: TStatementDto | null; evidence: TWorkspaceEvidence[] };
export type TWorkspaceArea = { key: string; title: string; groups: { label: string; indicators: TWorkspaceIndicator[] }[] };
export type TWorkspaceService = { id: string; kind: ServiceEntryKind; title: string; body: string; hasPhoto: boolean; published: boolean; publishedAt: string | null };
export type TPublishingWorkspace = { unitName: string; slug: string | null; year: number; areas: TWorkspaceArea[]; services: TWorkspaceService[] };

export async function getPublishingWorkspace(access: TAssessmentAccess): Promise<TPublishingWorkspace> {
  const [loaded, nodes, statements, evidence, services, context] = await Promise.all([
    getCatalogue(access.catalogueVersionId),
    prisma.catalogueNode.findMany({ where: { versionId: access.catalogueVersionId }, select: { id: true, code: true } }),
    prisma.publicStatement.findMany({ where: { assessmentId: access.id } }),
    prisma.evidence.findMany({
      where: { assessmentId: access.id, deletedAt: null }, orderBy: { createdAt: "asc" },
      select: { id: true, kind: true, title: true, published: true, publishedAt: true, publishedById: true, item: { select: { code: true, nodeId: true } } },
    }),
    prisma.publicServiceEntry.findMany({ where: { assessmentId: access.id }, orderBy: [{ kind: "asc" }, { createdAt: "asc" }] }),
    prisma.assessment.findUniqueOrThrow({ where: { id: access.id }, select: { unit: { select: { name: true, publicSlug: true } }, period: { select: { year: true } } } }),
  ]);
  const publisherIds = [...new Set(evidence.flatMap((e) => (e.publishedById ? [e.publishedById] : [])))];
  const publishers = new Map((await prisma.user.findMany({ where: { id: { in: publisherIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const nodeIdOf = new Map(nodes.map((n) => [n.code, n.id]));
  const statementOf = new Map(statements.map((s) => [s.nodeId, s]));

  const indicator = (node: TNode, takesStatement: boolean): TWorkspaceIndicator => {
    const nodeId = nodeIdOf.get(node.code) ?? "";
    const statement = statementOf.get(nodeId);
    return {
      nodeId, code: node.code, title: node.title, takesStatement,
      statement: statement ? { nodeId, body: statement.body, published: statement.published, version: statement.version, publishedAt: statement.publishedAt?.toISOString() ?? null } : null,
      evidence: evidence.filter((e) => e.item.nodeId === nodeId).map((e) => ({
        id: e.id, kind: e.kind, title: e.title, itemCode: e.item.code, published: e.published,
        publishedAt: e.publishedAt?.toISOString() ?? null, publishedBy: e.publishedById ? (publishers.get(e.publishedById) ?? null) : null,
      })),
    };
  };
  const [pengungkit, hasil] = loaded.catalogue.components;
  const [pemenuhan, reform] = pengungkit?.children ?? [];
  const areas: TWorkspaceArea[] = (pemenuhan?.children ?? []).map((area, index) => ({
    key: `area-${index + 1}`,
    title: `Area ${index + 1}: ${area.title}`,
    groups: [
      { label: "Pemenuhan", indicators: area.children.map((n) => indicator(n, true)) },
      { label: "Reform", indicators: (reform?.children[index]?.children ?? []).map((n) => indicator(n, true)) },
    ],
  }));
  if (hasil) areas.push({ key: "hasil", title: "Hasil", groups: [{ label: "Hasil", indicators: hasil.children.map((n) => indicator(n, false)) }] });
  return {
    unitName: context.unit.name, slug: context.unit.publicSlug, year: context.period.year, areas,
    services: services.map((s) => ({ id: s.id, kind: s.kind, title: s.title, body: s.body, hasPhoto: s.photoKey !== null, published: s.published, publishedAt: s.publishedAt?.toISOString() ?? null })),
  };
}
