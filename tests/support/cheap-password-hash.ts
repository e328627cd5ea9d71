import { randomBytes, scryptSync } from "node:crypto";

// Tests sign in hundreds of times; the production cost (scrypt N=16384, lib/auth/password.ts)
// would spend a whole minute of the suite on hashing alone. verifyPassword reads the cost from
// the stored hash, so a hash written here with N=1024 goes through exactly the same checks.
// Only test fixtures use this; the app itself never writes a cheap hash.
const TEST_COST = { N: 1024, r: 8, p: 1 };

const cache = new Map<string, string>();

/** A valid "scrypt$N$r$p$salt$hash" for `password` at a test-only cost (memoised per password). */
export function cheapPasswordHash(password: string): string {
  let hash = cache.get(password);
  if (!hash) {
    const salt = randomBytes(16);
    const key = scryptSync(password, salt, 32, TEST_COST);
    hash = ["scrypt", TEST_COST.N, TEST_COST.r, TEST_COST.p, salt.toString("base64"), key.toString("base64")].join("$");
    cache.set(password, hash);
  }
  return hash;
}
