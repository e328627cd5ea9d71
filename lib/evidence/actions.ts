"use server";

import { runAction } from "@/lib/action-result";
import { addEvidenceLink, deleteEvidence, renameEvidence, setChecklistTick } from "@/lib/evidence/mutations";

// Uploads and replacements stream through the route handler app/api/bukti/unggah; the small
// changes are server actions. Each checks the session and the permission again inside.

/** Adds a link (URL with a title) as bukti dukung of an item. */
export async function addEvidenceLinkAction(input: unknown) {
  return runAction((user) => addEvidenceLink(user, input));
}

/** Renames an evidence entry (the title shown; file names stay in its version history). */
export async function renameEvidenceAction(input: unknown) {
  return runAction((user) => renameEvidence(user, input));
}

/** Soft-deletes an evidence entry while the LKE may still be changed. */
export async function deleteEvidenceAction(input: unknown) {
  return runAction((user) => deleteEvidence(user, input));
}

/** Ticks or unticks one expected document of an item. */
export async function setChecklistTickAction(input: unknown) {
  return runAction((user) => setChecklistTick(user, input));
}
