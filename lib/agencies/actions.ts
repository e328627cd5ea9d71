"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { createAgency, renameAgency } from "@/lib/agencies/mutations";

// Thin: runAction authenticates and types the errors; the mutations authorise (installation.agencies) and validate.

export async function createAgencyAction(input: unknown) {
  const result = await runAction((user) => createAgency(user, input));
  revalidatePath("/admin/instansi/daftar");
  return result;
}

export async function renameAgencyAction(input: unknown) {
  const result = await runAction((user) => renameAgency(user, input));
  revalidatePath("/admin/instansi/daftar");
  return result;
}
