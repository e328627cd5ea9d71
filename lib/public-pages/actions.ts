"use server";

import { revalidatePath, updateTag } from "next/cache";
import { runAction } from "@/lib/action-result";
import type { TSessionUser } from "@/lib/auth/load-user";
import { ValidationError } from "@/lib/errors";
import { publicPageTag } from "@/lib/public-pages/cache-tag";
import { saveStatement, setStatementPublished } from "@/lib/public-pages/statement-mutations";
import { setEvidencePublished } from "@/lib/public-pages/evidence-publishing";
import { createServiceEntry, deleteServiceEntry, setServiceEntryPublished } from "@/lib/public-pages/service-entry-mutations";
import { setSurveyResultsPublished } from "@/lib/surveys/results-publishing";

// Thin: runAction authenticates; each mutation authorises "public.publish" on the resource itself.
// After a publishing act the unit's public page cache is expired here (read-your-own-writes); other
// instances see the change through the public version in the cache key.

/** Runs one publishing act, then expires the unit's public page when the act changed it. */
async function publishingAct<T extends { unitId: string | null }>(act: (user: TSessionUser, input: unknown) => Promise<T>, input: unknown) {
  return runAction(async (user) => {
    const result = await act(user, input);
    if (result.unitId) updateTag(publicPageTag(result.unitId));
    return result;
  });
}

/** Saves the unit's statement on one indicator (a draft until published). */
export async function saveStatementAction(input: unknown) {
  return publishingAct(saveStatement, input);
}

/** Publishes or withdraws one indicator's statement. */
export async function setStatementPublishedAction(input: unknown) {
  return publishingAct(setStatementPublished, input);
}

/** Publishes or withdraws one bukti dukung. */
export async function setEvidencePublishedAction(input: unknown) {
  return publishingAct(setEvidencePublished, input);
}

/** Adds a service information entry (form data: assessmentId, kind, title, body, photo), as a draft. */
export async function createServiceEntryAction(form: FormData) {
  return runAction(async (user) => {
    const photo = form.get("photo");
    if (photo !== null && typeof photo === "string" && photo !== "") throw new ValidationError("Foto tidak terbaca; pilih berkasnya lagi.");
    const bytes = photo instanceof File && photo.size > 0 ? Buffer.from(await photo.arrayBuffer()) : null;
    const fields = { assessmentId: form.get("assessmentId"), kind: form.get("kind"), title: form.get("title"), body: form.get("body") };
    const result = await createServiceEntry(user, { fields, photo: bytes });
    revalidatePath("/lke/[assessmentId]/publikasi", "page");
    return result;
  });
}

/** Publishes or withdraws one service information entry. */
export async function setServiceEntryPublishedAction(input: unknown) {
  return publishingAct(setServiceEntryPublished, input);
}

/** Removes one service information entry and its photo. */
export async function deleteServiceEntryAction(input: unknown) {
  return publishingAct(deleteServiceEntry, input);
}

/** Publishes (or refreshes) or withdraws the aggregate results of one SPAK/SPKP survey. */
export async function setSurveyResultsPublishedAction(input: unknown) {
  return publishingAct(setSurveyResultsPublished, input);
}
