"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { parseInput, zId } from "@/lib/validation";
import { authorizeWorkbookImport } from "@/lib/access/workbook-import-access";
import { applyWorkbookImport } from "@/lib/workbook/import/apply-import";
import { discardWorkbookPreview } from "@/lib/workbook/import/queries";

/** Writes every change of a workbook preview in one transaction. */
export async function applyWorkbookImportAction(importId: unknown) {
  return runAction(async (user) => {
    const result = await applyWorkbookImport(await authorizeWorkbookImport(user, parseInput(zId(40), importId)));
    revalidatePath(`/lke/${result.assessmentId}`, "layout");
    return result;
  });
}

/** Drops a preview without writing anything. */
export async function discardWorkbookImportAction(importId: unknown) {
  return runAction(async (user) => {
    await discardWorkbookPreview(await authorizeWorkbookImport(user, parseInput(zId(40), importId)));
    return null;
  });
}
