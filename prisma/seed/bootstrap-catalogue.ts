import fs from "node:fs";
import path from "node:path";
import { parseCatalogueFile } from "@/lib/catalogue/schemas";
import { unsafeImportCatalogue, type TImportResult } from "@/lib/catalogue/mutations";

export const SHIPPED_CATALOGUE = path.resolve(import.meta.dirname, "../../lib/catalogue/data/lke-zi-2021.json");
export const SHIPPED_PEKPPP_CATALOGUE = path.resolve(import.meta.dirname, "../../lib/catalogue/data/pekppp-samarinda-2023.json");

/** Loads the shipped LKE ZI catalogue; a no-op when the same content is already the latest version. */
export async function bootstrapCatalogue(file = SHIPPED_CATALOGUE): Promise<TImportResult> {
  const parsed = parseCatalogueFile(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.ok) {
    throw new Error(`The shipped catalogue is invalid:\n${parsed.errors.map((e) => `${e.path}: ${e.message}`).join("\n")}`);
  }
  return unsafeImportCatalogue(parsed.catalogue, null);
}

/** Loads the shipped PEKPPP instrument (seed 004); a no-op when already the latest version. */
export function bootstrapPekpppCatalogue(): Promise<TImportResult> {
  return bootstrapCatalogue(SHIPPED_PEKPPP_CATALOGUE);
}
