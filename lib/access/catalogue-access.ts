import "server-only";
import type { TSessionUser } from "@/lib/auth/load-user";
import { NotFoundError } from "@/lib/errors";
import { grantsFor } from "@/lib/access/grants";
import { seal, type TProof } from "@/lib/access/seal";

export type TCataloguePermission = "catalogue.read" | "catalogue.import";

/**
 * Proof for the catalogue, one store for the whole installation: any admin reads it (to choose a
 * version for a period); only an admin of the installation imports (catalogue.import).
 */
export type TCatalogueAccess<P extends TCataloguePermission = TCataloguePermission> = TProof<"catalogue", { user: TSessionUser; permission: P }>;

export function authorizeCatalogue<P extends TCataloguePermission>(user: TSessionUser, permission: P): TCatalogueAccess<P> {
  if (grantsFor(user, permission).length === 0) throw new NotFoundError("Halaman atau data tidak ditemukan.");
  return seal("catalogue", { user, permission });
}
