"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { parseInput, zId } from "@/lib/validation";
import { authorizeUserImport } from "@/lib/access/user-import-access";
import { applyUserImport } from "@/lib/accounts/import/apply-user-import";
import { discardUserImport } from "@/lib/accounts/import/queries";

/** Creates every account of a checked user list, in one transaction, and sends the invitations. */
export async function applyUserImportAction(importId: unknown) {
  return runAction(async (user) => {
    const result = await applyUserImport(await authorizeUserImport(user, parseInput(zId(40), importId)));
    revalidatePath("/admin/pengguna", "layout");
    return result;
  });
}

/** Drops a user list preview without creating anything. */
export async function discardUserImportAction(importId: unknown) {
  return runAction(async (user) => {
    await discardUserImport(await authorizeUserImport(user, parseInput(zId(40), importId)));
    return null;
  });
}
