"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { ValidationError } from "@/lib/errors";
import { removeAgencyLogo, saveAgencyLogo, saveAgencySettings } from "@/lib/agency-settings/mutations";

// Thin: runAction authenticates; the mutations check that the admin manages the agency.

/** Saves the letterhead, place, numbering patterns and signing official. */
export async function saveAgencySettingsAction(input: unknown) {
  return runAction(async (user) => {
    const result = await saveAgencySettings(user, input);
    revalidatePath("/admin/instansi");
    return result;
  });
}

/** Uploads the agency's logo (form data: agencyId, logo). */
export async function uploadAgencyLogoAction(form: FormData) {
  return runAction(async (user) => {
    const file = form.get("logo");
    if (!(file instanceof File)) throw new ValidationError("Pilih berkas logo.");
    const result = await saveAgencyLogo(user, form.get("agencyId"), Buffer.from(await file.arrayBuffer()));
    revalidatePath("/admin/instansi");
    return result;
  });
}

export async function removeAgencyLogoAction(agencyId: unknown) {
  return runAction(async (user) => {
    const result = await removeAgencyLogo(user, agencyId);
    revalidatePath("/admin/instansi");
    return result;
  });
}
