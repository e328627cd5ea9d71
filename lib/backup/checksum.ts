import { createHash } from "node:crypto";
import fs from "node:fs";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";

/** A pass-through that hashes (SHA-256) and counts what flows through it. */
export function hashingPassThrough() {
  const hash = createHash("sha256");
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  return { stream, digest: () => hash.digest("hex"), bytes: () => bytes };
}

export async function sha256OfFile(file: string): Promise<string> {
  const hashing = hashingPassThrough();
  await pipeline(fs.createReadStream(file), hashing.stream, async function* (source) {
    for await (const _chunk of source) {
      // drained: only the hash matters
    }
  });
  return hashing.digest();
}
