import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { TCatalogueAccess } from "@/lib/access/catalogue-access";
import { authorizeScope, scopeAgencyWhere } from "@/lib/access/scope-access";
import type { TCatalogueError } from "@/lib/catalogue/catalogue-issue";
import { unsafeImportCatalogue } from "@/lib/catalogue/mutations";
import { getCatalogue } from "@/lib/catalogue/queries";
import { loadCatalogueFromJson } from "@/lib/catalogue/schemas";

// The admin's side of the catalogue: any admin lists and reads versions (catalogue.read); only an
// admin of the installation imports (catalogue.import). Versions are immutable: an import always
// adds a version.

/** Same limit as the upload form (components/admin/catalogue-import-form.tsx). */
export const CATALOGUE_FILE_MAX_BYTES = 2 * 1024 * 1024;

export const listCatalogueVersions = cache(async (access: TCatalogueAccess) => {
  const rows = await prisma.catalogueVersion.findMany({
    orderBy: [{ code: "asc" }, { version: "desc" }],
    select: {
      id: true, code: true, version: true, title: true, regulation: true, itemCount: true, createdAt: true,
      createdBy: { select: { name: true } },
      _count: { select: { periods: true } },
      // Only periods of agencies the admin manages are named; the badge counts them all.
      periods: { where: { agency: scopeAgencyWhere(authorizeScope(access.user, "period.manage")) }, orderBy: [{ year: "desc" }, { name: "asc" }], select: { id: true, name: true, year: true } },
    },
  });
  return rows.map(({ _count, createdBy, ...row }) => ({ ...row, createdByName: createdBy?.name ?? null, inUse: _count.periods > 0 }));
});

export type TCatalogueVersionRow = Awaited<ReturnType<typeof listCatalogueVersions>>[number];

/** Choices for a new period, newest first. */
export const listCatalogueVersionOptions = cache(async (_access: TCatalogueAccess) => {
  return prisma.catalogueVersion.findMany({
    // A questionnaire is not what a period evaluates with; surveys pick it.
    where: { instrument: { not: "QUESTIONNAIRE" } },
    orderBy: [{ createdAt: "desc" }],
    select: { id: true, code: true, version: true, title: true, itemCount: true },
  });
});

export type TCatalogueVersionOption = Awaited<ReturnType<typeof listCatalogueVersionOptions>>[number];

/** One version with its tree and predicate thresholds. */
export const getCatalogueVersionDetail = cache(async (_access: TCatalogueAccess, versionId: string) => {
  const row = await prisma.catalogueVersion.findUnique({
    where: { id: versionId },
    select: {
      id: true, code: true, version: true, title: true, regulation: true, itemCount: true, createdAt: true, checksum: true,
      _count: { select: { periods: true } },
    },
  });
  if (!row) throw new NotFoundError("Versi katalog tidak ditemukan.");
  const { catalogue } = await getCatalogue(row.id);
  const { _count, ...version } = row;
  return { ...version, inUse: _count.periods > 0, components: catalogue.components, predicates: catalogue.predicates };
});

export type TCatalogueImportOutcome =
  | { status: "invalid"; errors: TCatalogueError[] }
  | { status: "created" | "unchanged"; versionId: string; code: string; version: number };

/**
 * Validates an uploaded catalogue (the file's text) and stores it as a new version. A file with
 * problems stores nothing and returns every problem found, not just the first.
 */
export async function importCatalogueUpload(access: TCatalogueAccess<"catalogue.import">, json: unknown): Promise<TCatalogueImportOutcome> {
  if (typeof json !== "string" || json.trim() === "") throw new ValidationError("Pilih berkas katalog (.json) terlebih dahulu.");
  if (Buffer.byteLength(json, "utf8") > CATALOGUE_FILE_MAX_BYTES) {
    throw new ValidationError("Berkas katalog lebih dari 2 MB. Periksa apakah berkas yang dipilih benar.");
  }
  const parsed = loadCatalogueFromJson(json);
  if (!parsed.ok) return { status: "invalid", errors: parsed.errors };
  const result = await unsafeImportCatalogue(parsed.catalogue, access.user.id);
  return {
    status: result.created ? "created" : "unchanged",
    versionId: result.versionId,
    code: parsed.catalogue.code,
    version: result.version,
  };
}
