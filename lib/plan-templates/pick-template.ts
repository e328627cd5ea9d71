import "server-only";
import type { TSessionUser } from "@/lib/auth/load-user";
import { authorizeScope } from "@/lib/access/scope-access";
import { authorizeAgency } from "@/lib/access/period-access";
import { NotFoundError } from "@/lib/errors";
import { listTemplateChoices } from "@/lib/plan-templates/queries";

/**
 * The template the admin page shows: the agency asked for (else the first managed), and the
 * catalogue version asked for (else that of the agency's latest period, else the newest).
 */
export async function pickTemplate(user: TSessionUser, requested: { agencyId?: string; versionId?: string }) {
  const choices = await listTemplateChoices(authorizeScope(user, "plan.template.manage"));
  const agencyId = requested.agencyId ?? choices.agencies[0]?.id;
  if (!agencyId) throw new NotFoundError("Halaman tidak ditemukan.");
  const agency = await authorizeAgency(user, agencyId, "plan.template.manage");
  const latest = choices.agencies.find((a) => a.id === agency.id)?.latestVersionId;
  const versionId = [requested.versionId, latest, choices.versions[0]?.id].find((id) => id && choices.versions.some((v) => v.id === id));
  if (!versionId) throw new NotFoundError("Katalog tidak ditemukan.");
  return { ...choices, agency, versionId };
}
