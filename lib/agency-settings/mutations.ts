import "server-only";
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { fileTypeFromBuffer } from "file-type";
import { prisma } from "@/lib/db";
import type { TSessionUser } from "@/lib/auth/load-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { authorizeAgency } from "@/lib/access/period-access";
import { defaultDocumentSettings } from "@/lib/agency-settings/defaults";
import { LOGO_MAX_BYTES, LOGO_TYPES, ZAgencySettings } from "@/lib/agency-settings/schemas";
import { zId } from "@/lib/validation";
import { getStorage } from "@/lib/storage/get-storage";
import { assertStorageKey } from "@/lib/storage/keys";

/** Letterhead, place, numbering and signing official of an agency's documents. */
export async function saveAgencySettings(user: TSessionUser, rawInput: unknown) {
  const input = parseInput(ZAgencySettings, rawInput);
  return prisma.$transaction(async (tx) => {
    await authorizeAgency(user, input.agencyId, "agency.manage", { tx });
    const before = await tx.agencyDocumentSettings.findUnique({ where: { agencyId: input.agencyId } });
    const { letterhead, agencyId, ...fields } = input;
    const data = { ...fields, letterheadLines: letterhead.split("\n").map((l) => l.trim()).filter(Boolean), approverNip: fields.approverNip.replace(/\s+/g, ""), updatedById: user.id };
    const saved = await tx.agencyDocumentSettings.upsert({ where: { agencyId }, create: { agencyId, ...data }, update: data });
    const { updatedAt: _u, updatedById: _b, ...after } = saved;
    await recordAudit(tx, { actorId: user.id, action: "agency.documents.update", entityType: "Agency", entityId: agencyId, before: before ? { ...before, updatedAt: before.updatedAt.toISOString() } : null, after });
    return { savedAt: saved.updatedAt.toISOString() };
  });
}

/** Stores a new logo (PNG or JPEG, checked by content) and forgets the old one. */
export async function saveAgencyLogo(user: TSessionUser, agencyIdRaw: unknown, bytes: Buffer) {
  const agencyId = parseInput(zId(40), agencyIdRaw);
  // Before the file is stored, and again in the transaction that records it.
  await authorizeAgency(user, agencyId, "agency.manage");
  if (bytes.length === 0) throw new ValidationError("Pilih berkas logo.");
  if (bytes.length > LOGO_MAX_BYTES) throw new ValidationError("Logo paling besar 1 MB.");
  const type = await fileTypeFromBuffer(bytes);
  const mime = type && type.ext in LOGO_TYPES ? LOGO_TYPES[type.ext as keyof typeof LOGO_TYPES] : null;
  if (!mime) throw new ValidationError("Logo harus berupa gambar PNG atau JPEG.");

  const storage = getStorage();
  const key = assertStorageKey(`agencies/${agencyId}/logo/${randomUUID()}`);
  await storage.put(key, Readable.from([bytes]), { contentType: mime });
  let previousKey: string | null = null;
  try {
    await prisma.$transaction(async (tx) => {
      await authorizeAgency(user, agencyId, "agency.manage", { tx });
      const agency = await tx.agency.findUniqueOrThrow({ where: { id: agencyId }, select: { id: true, name: true, documents: { select: { logoKey: true } } } });
      previousKey = agency.documents?.logoKey ?? null;
      const { agencyId: _a, ...defaults } = defaultDocumentSettings(agency);
      await tx.agencyDocumentSettings.upsert({
        where: { agencyId }, create: { agencyId, ...defaults, logoKey: key, logoMime: mime, updatedById: user.id },
        update: { logoKey: key, logoMime: mime, updatedById: user.id },
      });
      await recordAudit(tx, { actorId: user.id, action: "agency.logo.update", entityType: "Agency", entityId: agencyId, before: { logoKey: previousKey }, after: { logoKey: key, mimeType: mime, size: bytes.length } });
    });
  } catch (error) {
    await storage.delete(key).catch(() => undefined);
    throw error;
  }
  // Issued documents are rendered on request, never from an old logo key: the old file can go.
  if (previousKey) await storage.delete(previousKey).catch((error: unknown) => console.error("[documents] old logo not deleted", previousKey, error));
  return { mimeType: mime };
}

/** Documents print without a logo again. */
export async function removeAgencyLogo(user: TSessionUser, agencyIdRaw: unknown) {
  const agencyId = parseInput(zId(40), agencyIdRaw);
  const previousKey = await prisma.$transaction(async (tx) => {
    await authorizeAgency(user, agencyId, "agency.manage", { tx });
    const current = await tx.agencyDocumentSettings.findUnique({ where: { agencyId }, select: { logoKey: true } });
    if (!current?.logoKey) return null;
    await tx.agencyDocumentSettings.update({ where: { agencyId }, data: { logoKey: null, logoMime: null, updatedById: user.id } });
    await recordAudit(tx, { actorId: user.id, action: "agency.logo.remove", entityType: "Agency", entityId: agencyId, before: { logoKey: current.logoKey }, after: { logoKey: null } });
    return current.logoKey;
  });
  if (previousKey) await getStorage().delete(previousKey).catch(() => undefined);
  return { removed: previousKey !== null };
}
