"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-result";
import { authorizeCatalogue } from "@/lib/access/catalogue-access";
import { importCatalogueUpload } from "@/lib/catalogue/admin-queries";

/** Imports an uploaded catalogue file (its text) as a new immutable version; installation admins only. */
export async function importCatalogueAction(json: unknown) {
  return runAction(async (user) => {
    const outcome = await importCatalogueUpload(authorizeCatalogue(user, "catalogue.import"), json);
    if (outcome.status === "created") revalidatePath("/admin/katalog");
    return outcome;
  });
}
