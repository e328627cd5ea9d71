"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { parseInput, zId } from "@/lib/validation";
import { authorizeWorkbookImport } from "@/lib/access/workbook-import-access";
import { applyPlanImport } from "@/lib/plans/import/apply-plan-import";
import { discardPlanImport } from "@/lib/plans/import/queries";

// The upload that makes the preview streams through app/api/unggah/rencana-aksi.

/** Writes every row of a rencana aksi preview in one transaction, after checking it again. */
export async function applyPlanImportAction(importId: unknown) {
  return runAction(async (user) => {
    const result = await applyPlanImport(await authorizeWorkbookImport(user, parseInput(zId(40), importId), "PLAN"));
    revalidatePath(`/lke/${result.assessmentId}/rencana-aksi`, "layout");
    return result;
  });
}

/** Drops a rencana aksi preview without writing anything. */
export async function discardPlanImportAction(importId: unknown) {
  return runAction(async (user) => {
    await discardPlanImport(await authorizeWorkbookImport(user, parseInput(zId(40), importId), "PLAN"));
    return null;
  });
}
