import "server-only";
import { prisma, type TTransaction } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { TAssessmentAccess } from "@/lib/access/assessment-access";
import type { TAgencyAccess } from "@/lib/access/period-access";
import { scopeAgencyWhere, type TScopeAccess } from "@/lib/access/scope-access";
import { defaultDocumentSettings, type TDocumentSettings } from "@/lib/agency-settings/defaults";
import { getStorage } from "@/lib/storage/get-storage";

const FIELDS = {
  agencyId: true, letterheadLines: true, address: true, logoKey: true, logoMime: true, place: true,
  lheNumberPattern: true, baNumberPattern: true, pekpppBaNumberPattern: true, approverTitle: true, approverName: true, approverNip: true,
} as const;

/** The agencies an admin manages, each with its document settings (defaults where none saved). */
export async function listAgencySettings(scope: TScopeAccess<"agency.manage">) {
  const agencies = await prisma.agency.findMany({
    where: scopeAgencyWhere(scope),
    orderBy: { name: "asc" },
    select: { id: true, name: true, documents: { select: FIELDS } },
  });
  return agencies.map((a) => ({ id: a.id, name: a.name, settings: a.documents ?? defaultDocumentSettings(a) }));
}

/** The settings the assessment's documents are printed with: its agency's. */
export async function getDocumentSettings(access: TAssessmentAccess, db: TTransaction | typeof prisma = prisma): Promise<TDocumentSettings> {
  const agency = await db.agency.findUniqueOrThrow({ where: { id: access.agencyId }, select: { id: true, name: true, documents: { select: FIELDS } } });
  return agency.documents ?? defaultDocumentSettings(agency);
}

/** The logo bytes, or null when none is set or its file is missing (the document prints without). */
export async function readLogo(settings: Pick<TDocumentSettings, "logoKey">): Promise<Buffer | null> {
  if (!settings.logoKey) return null;
  try {
    const file = await getStorage().get(settings.logoKey);
    const chunks: Buffer[] = [];
    for await (const chunk of file.stream) chunks.push(Buffer.from(chunk as Uint8Array));
    return Buffer.concat(chunks);
  } catch (error) {
    console.error("[documents] logo could not be read", { key: settings.logoKey, error });
    return null;
  }
}

/** The logo of an agency the admin manages (preview on the settings page). */
export async function getAgencyLogo(access: TAgencyAccess<"agency.manage">) {
  const agency = await prisma.agency.findUniqueOrThrow({ where: { id: access.id }, select: { documents: { select: FIELDS } } });
  if (!agency.documents?.logoKey) throw new NotFoundError("Logo tidak ditemukan.");
  const bytes = await readLogo(agency.documents);
  if (!bytes) throw new NotFoundError("Logo tidak ditemukan.");
  return { bytes, mimeType: agency.documents.logoMime ?? "application/octet-stream" };
}
