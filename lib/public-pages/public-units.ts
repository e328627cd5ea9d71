import "server-only";
import { prisma } from "@/lib/db";

// Public reads without a session: only units that have published something (they have a slug).

/** Units with a public page, by agency, each with its newest year. */
export async function listPublicUnits() {
  const rows = await prisma.$queryRaw<{ agencyCode: string; agencyName: string; name: string; slug: string; year: number }[]>`
    SELECT g."code" AS "agencyCode", g."name" AS "agencyName", u."name", u."publicSlug" AS "slug", MAX(p."year") AS "year"
    FROM "Unit" u JOIN "Agency" g ON g."id" = u."agencyId" JOIN "Assessment" a ON a."unitId" = u."id" JOIN "Period" p ON p."id" = a."periodId"
    WHERE u."publicSlug" IS NOT NULL
    GROUP BY g."code", g."name", u."name", u."publicSlug"
    ORDER BY g."name", u."name"`;
  const agencies = new Map<string, { code: string; name: string; units: { name: string; slug: string; year: number }[] }>();
  for (const row of rows) {
    const agency = agencies.get(row.agencyCode) ?? { code: row.agencyCode, name: row.agencyName, units: [] };
    agency.units.push({ name: row.name, slug: row.slug, year: row.year });
    agencies.set(row.agencyCode, agency);
  }
  return [...agencies.values()];
}

/** The newest year with an LKE of the unit behind a public slug, or null. */
export async function latestPublicYear(slug: string): Promise<number | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null;
  const [row] = await prisma.$queryRaw<{ year: number | null }[]>`
    SELECT MAX(p."year") AS "year" FROM "Unit" u JOIN "Assessment" a ON a."unitId" = u."id" JOIN "Period" p ON p."id" = a."periodId"
    WHERE u."publicSlug" = ${slug}`;
  return row?.year ?? null;
}
