import "server-only";
import type { TSessionUser } from "@/lib/auth/load-user";
import { seal, type TProof } from "@/lib/access/seal";

/**
 * Proof for a signed-in user's own records (notifications, email choices, own password): every
 * query built from it is scoped to `userId`, the session's user, never an id from the client.
 */
export type TSelfAccess = TProof<"self", { user: TSessionUser; userId: string }>;

export function authorizeSelf(user: TSessionUser): TSelfAccess {
  return seal("self", { user, userId: user.id });
}
