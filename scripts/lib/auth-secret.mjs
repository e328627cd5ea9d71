// The secret that signs session cookies. There is no default anywhere: production brings its own,
// a developer's machine gets a random one kept in .data/auth-secret (sign-ins survive restarts),
// and a throwaway run (--ephemeral: the tests) gets a random one that dies with it.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export const AUTH_SECRET_MIN_LENGTH = 32;

const generate = () => randomBytes(32).toString("base64url");

export function resolveAuthSecret({ env = process.env, production, ephemeral, dataDir = ".data" }) {
  const given = env.AUTH_SECRET?.trim();
  if (given) {
    if (given.length < AUTH_SECRET_MIN_LENGTH) {
      throw new Error(`AUTH_SECRET is too short: use a random string of ${AUTH_SECRET_MIN_LENGTH}+ characters.`);
    }
    return given;
  }
  if (production) throw new Error(`AUTH_SECRET must be set in production (a random string of ${AUTH_SECRET_MIN_LENGTH}+ characters).`);
  if (ephemeral) return generate();
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, `${generate()}\n`, { mode: 0o600, flag: "wx" });
    } catch (error) {
      if (error.code !== "EEXIST") throw error; // another start wrote it first
    }
  }
  fs.chmodSync(file, 0o600);
  const stored = fs.readFileSync(file, "utf8").trim();
  if (stored.length < AUTH_SECRET_MIN_LENGTH) throw new Error(`${file} holds no usable secret: delete it to generate a new one.`);
  return stored;
}
