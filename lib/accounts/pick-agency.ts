import "server-only";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeScope } from "@/lib/access/scope-access";
import { authorizeAgency } from "@/lib/access/period-access";
import { listUserAgencies } from "@/lib/accounts/user-queries";
import { NotFoundError } from "@/lib/errors";

/** The agency a users page shows: the one asked for, else the first the admin manages. */
export async function pickUserAgency(user: TSessionUser, requested?: string) {
  const agencies = await listUserAgencies(authorizeScope(user, "user.manage"));
  const agencyId = requested ?? agencies[0]?.id;
  if (!agencyId) throw new NotFoundError("Halaman tidak ditemukan.");
  return { agencies, agency: await authorizeAgency(user, agencyId, "user.manage") };
}
