import fs from "node:fs";
import path from "node:path";
import { parseCatalogueFile } from "@/lib/catalogue/schemas";
import { unsafeImportCatalogue, type TImportResult } from "@/lib/catalogue/mutations";

const DATA = path.resolve(import.meta.dirname, "../../lib/catalogue/data");
export const SHIPPED_CATALOGUE = path.join(DATA, "lke-zi-2021.json");
/** The standard SPAK (IPAK) and SPKP (IPKP) questionnaires, on the same engine. */
export const SHIPPED_QUESTIONNAIRES = ["spak-2021.json", "spkp-2021.json"].map((file) => path.join(DATA, file));
/** The PEKPPP instrument (seed 004) and its F-03 service users' questionnaire. */
export const SHIPPED_PEKPPP_CATALOGUE = path.join(DATA, "pekppp-samarinda-2023.json");
export const SHIPPED_PEKPPP_F03 = path.join(DATA, "pekppp-f03-samarinda-2023.json");

/** Loads the shipped LKE ZI catalogue; a no-op when the same content is already the latest version. */
export function bootstrapCatalogue(): Promise<TImportResult> {
  return importShipped(SHIPPED_CATALOGUE);
}

/** Loads the shipped questionnaires (SPAK, SPKP), each a no-op when already the latest version. */
export async function bootstrapQuestionnaires(): Promise<TImportResult[]> {
  const results: TImportResult[] = [];
  for (const file of SHIPPED_QUESTIONNAIRES) results.push(await importShipped(file));
  return results;
}

async function importShipped(file: string): Promise<TImportResult> {
  const parsed = parseCatalogueFile(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.ok) {
    throw new Error(`The shipped catalogue ${path.basename(file)} is invalid:\n${parsed.errors.map((e) => `${e.path}: ${e.message}`).join("\n")}`);
  }
  return unsafeImportCatalogue(parsed.catalogue, null);
}

/** Loads the shipped PEKPPP instrument (seed 004) and its F-03 questionnaire; no-ops when present. */
export async function bootstrapPekpppCatalogue(): Promise<TImportResult> {
  await importShipped(SHIPPED_PEKPPP_F03);
  return importShipped(SHIPPED_PEKPPP_CATALOGUE);
}
