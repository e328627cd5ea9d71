import "server-only";
import { cache } from "react";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ServiceEntryKind } from "@/lib/generated/prisma/enums";
import type { TSessionUser } from "@/lib/auth/load-user";
import { NotFoundError } from "@/lib/errors";
import { assessmentRowSql, grantedSql, toAssessmentAccess, type TAssessmentAccess, type TAuthorizeOptions } from "@/lib/access/assessment-access";
import { seal, type TProof } from "@/lib/access/seal";

// The public ZI page is read without a session: its scope is "published", and every public read
// carries that condition in its own query. Publishing is done by the unit's people (and admins)
// through the usual assessment scope.

/** One unit's public page for one year: the unit has published something, and has an LKE that year. */
type TPageFields = {
  unitId: string; unitName: string; agencyName: string; slug: string; year: number;
  assessmentId: string; catalogueVersionId: string; publicVersion: number; timeZone: string;
  /** Years with an LKE of the unit, newest first (the page's year switcher). */
  years: number[];
};
export type TPublicPageAccess = TProof<"publicPage", TPageFields>;
type TPageRow = TPageFields;

const pageSql = (where: Prisma.Sql) => Prisma.sql`
  SELECT u."id" AS "unitId", u."name" AS "unitName", g."name" AS "agencyName", u."publicSlug" AS "slug", p."year",
         a."id" AS "assessmentId", p."catalogueVersionId", u."publicVersion", u."timeZone",
         ARRAY(SELECT DISTINCT p2."year" FROM "Assessment" a2 JOIN "Period" p2 ON p2."id" = a2."periodId"
               WHERE a2."unitId" = u."id" ORDER BY p2."year" DESC) AS "years"
  FROM "Unit" u JOIN "Agency" g ON g."id" = u."agencyId"
  JOIN "Assessment" a ON a."unitId" = u."id" JOIN "Period" p ON p."id" = a."periodId"
  WHERE ${where}
  ORDER BY p."createdAt" DESC LIMIT 1`;

/** The public page at /zi/<slug>/<year>; NotFoundError for a unit that published nothing or a year without an LKE. */
export const findPublicPage = cache(async (slug: string, year: number): Promise<TPublicPageAccess> => {
  if (!/^[a-z0-9-]{1,120}$/.test(slug) || !Number.isInteger(year)) throw new NotFoundError("Halaman tidak ditemukan.");
  const rows = await prisma.$queryRaw<TPageRow[]>(pageSql(Prisma.sql`u."publicSlug" = ${slug} AND p."year" = ${year}`));
  if (!rows[0]) throw new NotFoundError("Halaman tidak ditemukan.");
  return seal("publicPage", rows[0]);
});

/**
 * The page the unit's own assessment would have, for the signed-in preview: the same published
 * content as the public page, before the unit has a slug too.
 */
export async function publicPageOfAssessment(access: TAssessmentAccess): Promise<TPublicPageAccess> {
  const rows = await prisma.$queryRaw<TPageRow[]>(pageSql(Prisma.sql`a."id" = ${access.id}`));
  if (!rows[0]) throw new NotFoundError("Penilaian tidak ditemukan.");
  return seal("publicPage", rows[0]);
}

/** A published, live file of bukti dukung: what the public download route may stream. */
export type TPublishedFile = TProof<"publishedFile", { evidenceId: string; title: string; storageKey: string; mimeType: string }>;

/** The published condition is in the query itself: an unpublished, deleted or unknown id is not found alike. */
export async function findPublishedEvidenceFile(evidenceId: string): Promise<TPublishedFile> {
  const rows = await prisma.$queryRaw<{ title: string; storageKey: string; mimeType: string }[]>`
    SELECT e."title", b."storageKey", b."mimeType"
    FROM "Evidence" e
    JOIN "EvidenceVersion" v ON v."evidenceId" = e."id" AND v."version" = e."currentVersion"
    JOIN "EvidenceBlob" b ON b."id" = v."blobId"
    WHERE e."id" = ${evidenceId} AND e."published" = true AND e."deletedAt" IS NULL AND e."kind" = 'FILE'`;
  if (!rows[0]) throw new NotFoundError("Berkas tidak ditemukan.");
  return seal("publishedFile", { evidenceId, ...rows[0] });
}

export type TPublishedPhoto = TProof<"publishedPhoto", { storageKey: string; mimeType: string }>;

/** The photo of a published service entry, same rule. */
export async function findPublishedPhoto(entryId: string): Promise<TPublishedPhoto> {
  const entry = await prisma.publicServiceEntry.findFirst({
    where: { id: entryId, published: true, photoKey: { not: null } },
    select: { photoKey: true, photoMime: true },
  });
  if (!entry?.photoKey || !entry.photoMime) throw new NotFoundError("Foto tidak ditemukan.");
  return seal("publishedPhoto", { storageKey: entry.photoKey, mimeType: entry.photoMime });
}

type TEntryRow = { id: string; kind: ServiceEntryKind; title: string; published: boolean; photoKey: string | null };

/** Proof that the user may change one service entry of a public page: its assessment's proof and the entry. */
export type TServiceEntryAccess = TProof<"serviceEntry", { assessment: TAssessmentAccess; entry: TEntryRow }>;

/** A service entry with its assessment, loaded with the user's scope and the permission in the query. */
export async function authorizeServiceEntry(
  user: TSessionUser, entryId: string, permission: "public.publish", options: TAuthorizeOptions = {},
): Promise<TServiceEntryAccess> {
  const db = options.tx ?? prisma;
  const columns = Prisma.sql`, s."id" AS "entryId", s."kind"::text AS "entryKind", s."title" AS "entryTitle", s."published" AS "entryPublished", s."photoKey"`;
  const from = Prisma.sql`FROM "PublicServiceEntry" s JOIN "Assessment" a ON a."id" = s."assessmentId"
    JOIN "Unit" u ON u."id" = a."unitId" JOIN "Period" p ON p."id" = a."periodId"`;
  const rows = await db.$queryRaw<(Parameters<typeof toAssessmentAccess>[2] & {
    entryId: string; entryKind: ServiceEntryKind; entryTitle: string; entryPublished: boolean; photoKey: string | null;
  })[]>`
    ${assessmentRowSql(user, columns, from)}
    WHERE s."id" = ${entryId} AND ${grantedSql(permission)}
    ${options.lock ? Prisma.sql`FOR UPDATE OF a` : Prisma.empty}`;
  const row = rows[0];
  if (!row) throw new NotFoundError("Informasi pelayanan tidak ditemukan.");
  const { entryId: id, entryKind: kind, entryTitle: title, entryPublished: published, photoKey, ...assessment } = row;
  return seal("serviceEntry", { assessment: toAssessmentAccess(user, permission, assessment), entry: { id, kind, title, published, photoKey } });
}
