import "server-only";
import type { prisma, TTransaction } from "@/lib/db";

export type TPerson = { id: string; name: string; email: string };

/** The unit's active members and head: who may be in charge of a step. */
export async function loadUnitPeople(db: TTransaction | typeof prisma, unitId: string): Promise<TPerson[]> {
  const roles = await db.roleAssignment.findMany({
    where: { unitId, role: { in: ["UNIT_MEMBER", "UNIT_HEAD"] }, user: { active: true } },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  return [...new Map(roles.map((r) => [r.user.id, r.user])).values()];
}

const words = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/**
 * The PENANGGUNG JAWAB cell matched to a user of the unit, by email or by name. Someone who is
 * not (or two people of that name) is a problem of the row: a step is never put on a guess.
 */
export function findPerson(people: readonly TPerson[], text: string): { person: TPerson } | { problem: string } {
  const wanted = words(text);
  const matches = wanted.includes("@") ? people.filter((p) => p.email.toLowerCase() === wanted) : people.filter((p) => words(p.name) === wanted);
  if (matches.length === 1) return { person: matches[0]! };
  if (matches.length > 1) return { problem: `Ada ${matches.length} pegawai unit bernama '${text}'; tulis email penanggung jawab.` };
  return { problem: `Penanggung jawab '${text}' bukan pegawai unit ini; tulis nama atau email pengguna unit (anggota tim kerja atau kepala unit).` };
}
