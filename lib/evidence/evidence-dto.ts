import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TEvidenceDto, TEvidenceVersionDto } from "@/lib/evidence/types";

/** What every evidence read loads: enough for the DTO, nothing more (no storage keys). */
export const EVIDENCE_DTO_INCLUDE = {
  createdBy: { select: { name: true } },
  planStep: { select: { description: true } },
  versions: {
    orderBy: { version: "desc" },
    select: {
      version: true,
      fileName: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      blob: { select: { size: true, mimeType: true } },
    },
  },
} satisfies Prisma.EvidenceInclude;

type TEvidenceRow = Prisma.EvidenceGetPayload<{ include: typeof EVIDENCE_DTO_INCLUDE }>;

export function toEvidenceDto(row: TEvidenceRow): TEvidenceDto {
  const versions: TEvidenceVersionDto[] = row.versions.map((v) => ({
    version: v.version,
    fileName: v.fileName,
    size: Number(v.blob.size),
    mimeType: v.blob.mimeType,
    createdByName: v.createdBy.name,
    createdAt: v.createdAt.toISOString(),
  }));
  return {
    id: row.id,
    itemId: row.itemId,
    kind: row.kind,
    title: row.title,
    url: row.url,
    expectedEntry: row.expectedEntry,
    planStep: row.planStep ? { description: row.planStep.description } : null,
    createdByName: row.createdBy.name,
    createdAt: row.createdAt.toISOString(),
    file: versions.find((v) => v.version === row.currentVersion) ?? null,
    versions,
  };
}
