import { describe, expect, it } from "vitest";
import { prisma, sqlQuery } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// sqlQuery runs the hottest statements (session read, a save's read and write) on the pool
// directly, past Prisma's query engine: its rows must be what $queryRaw gives, and dates must go
// and come back in UTC whatever the process's time zone.

const at = new Date("2026-05-31T23:59:58.123Z");
const typed = Prisma.sql`
  SELECT ${"12.3456789012345678901"}::numeric AS "exact", 9007199254740993::int8 AS "big", 7::int AS "small",
         ${at}::timestamp(3) AS "stamp", ${at}::timestamptz AS "stampTz", '2026-05-31'::date AS "day",
         ${JSON.stringify({ a: [1, "x"], b: null })}::jsonb AS "doc", ${["a", "b,c", 'd"e']}::text[] AS "list",
         ${true}::boolean AS "flag", NULL::text AS "nothing", 'SELF'::"Side" AS "side"`;

describe("sqlQuery", () => {
  it("returns the same values as $queryRaw: exact numerics, bigints, UTC timestamps, JSON, arrays, enums", async () => {
    const [direct] = await sqlQuery<Record<string, unknown>>(typed);
    const [viaPrisma] = await prisma.$queryRaw<Record<string, unknown>[]>(typed);
    expect(direct).toEqual(viaPrisma);
    expect(String(direct!.exact)).toBe("12.3456789012345678901");
    expect(direct!.big).toBe(9007199254740993n);
    expect((direct!.stamp as Date).toISOString()).toBe(at.toISOString());
    expect((direct!.stampTz as Date).toISOString()).toBe(at.toISOString());
    expect((direct!.day as Date).toISOString()).toBe("2026-05-31T00:00:00.000Z");
    expect(direct!.list).toEqual(["a", "b,c", 'd"e']);
  });

  it("keeps working after Prisma was disconnected (which ends the shared pool)", async () => {
    await prisma.$disconnect();
    const [row] = await sqlQuery<{ one: number }>(Prisma.sql`SELECT ${1}::int AS "one"`);
    expect(row!.one).toBe(1);
    expect(await prisma.user.count()).toBeGreaterThanOrEqual(0);
  });

  it("prepares parameterised statements once per connection, except those with LIKE (planned for their values)", async () => {
    // Sequential queries reuse the most recently released connection of the pool.
    await sqlQuery(Prisma.sql`SELECT ${"prepared-marker"}::text AS "x"`);
    await sqlQuery(Prisma.sql`SELECT ${"unit/1/"} LIKE ${"unit/%"} AS "x"`);
    const prepared = await sqlQuery<{ statement: string }>(Prisma.sql`SELECT "statement" FROM pg_prepared_statements`);
    const texts = prepared.map((p) => p.statement);
    expect(texts.some((t) => t.includes(`$1::text AS "x"`))).toBe(true);
    expect(texts.some((t) => /LIKE/.test(t))).toBe(false);
  });
});
