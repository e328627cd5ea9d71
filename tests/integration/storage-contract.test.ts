import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { ReadableStream as WebReadableStream } from "node:stream/web";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { createS3Storage, S3_PART_SIZE } from "@/lib/storage/s3-storage";
import { newStorageKey } from "@/lib/storage/keys";
import { StorageObjectNotFoundError, type TStorage } from "@/lib/storage/types";
import { startLocalS3 } from "@/tests/support/s3-server";

// One contract, both drivers: what the evidence code relies on from any storage.

type TDriverCase = { name: string; start: () => Promise<{ storage: TStorage; stop: () => Promise<void> }> };

const drivers: TDriverCase[] = [
  {
    name: "local disk",
    async start() {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "storage-local-"));
      return { storage: createLocalStorage(dir), stop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: "S3 (s3rver)",
    async start() {
      const s3 = await startLocalS3();
      const storage = createS3Storage({
        endpoint: s3.endpoint, region: "us-east-1", bucket: s3.bucket,
        accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey, forcePathStyle: true,
      });
      return { storage, stop: s3.stop };
    },
  },
];

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** `total` bytes of a repeatable pattern, in chunks, never held whole by the producer. */
async function* pattern(total: number, chunk = 100_003) {
  for (let sent = 0, i = 0; sent < total; i++) {
    const size = Math.min(chunk, total - sent);
    yield Buffer.alloc(size, i % 251);
    sent += size;
  }
}

function sha256Of(total: number, chunk = 100_003) {
  const hash = createHash("sha256");
  for (let sent = 0, i = 0; sent < total; i++) {
    const size = Math.min(chunk, total - sent);
    hash.update(Buffer.alloc(size, i % 251));
    sent += size;
  }
  return hash.digest("hex");
}

describe.each(drivers)("storage contract: $name", ({ start }) => {
  let storage: TStorage;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ storage, stop } = await start());
  });
  afterAll(async () => {
    await stop();
  });

  it("returns exactly the bytes it stored, with their size", async () => {
    const key = newStorageKey("asm-contract");
    const bytes = Buffer.from("%PDF-1.4\nhalo bukti dukung\n");
    await storage.put(key, Readable.from([bytes]), { contentType: "application/pdf" });
    const got = await storage.get(key);
    expect(got.size).toBe(bytes.length);
    expect((await readAll(got.stream)).equals(bytes)).toBe(true);
  });

  it("streams a body larger than two S3 parts from a Node stream without changing a byte", async () => {
    const total = 2 * S3_PART_SIZE + 123_457;
    const key = newStorageKey("asm-contract");
    await storage.put(key, Readable.from(pattern(total)), { contentType: "application/octet-stream" });
    const got = await storage.get(key);
    expect(got.size).toBe(total);
    const hash = createHash("sha256");
    for await (const chunk of got.stream) hash.update(chunk as Buffer);
    expect(hash.digest("hex")).toBe(sha256Of(total));
  });

  it("accepts a web ReadableStream and a plain async iterable", async () => {
    const web = WebReadableStream.from(pattern(300_000));
    const webKey = newStorageKey("asm-contract");
    await storage.put(webKey, web, { contentType: "application/octet-stream" });
    expect((await readAll((await storage.get(webKey)).stream)).length).toBe(300_000);

    const iterableKey = newStorageKey("asm-contract");
    await storage.put(iterableKey, pattern(1000), { contentType: "application/octet-stream" });
    expect((await readAll((await storage.get(iterableKey)).stream)).length).toBe(1000);
  });

  it("stores an empty object", async () => {
    const key = newStorageKey("asm-contract");
    await storage.put(key, Readable.from([]), { contentType: "application/octet-stream" });
    const got = await storage.get(key);
    expect(got.size).toBe(0);
    expect((await readAll(got.stream)).length).toBe(0);
  });

  it("exists follows put and delete; delete is idempotent", async () => {
    const key = newStorageKey("asm-contract");
    expect(await storage.exists(key)).toBe(false);
    await storage.put(key, Readable.from([Buffer.from("x")]), { contentType: "text/plain" });
    expect(await storage.exists(key)).toBe(true);
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("get of a missing object throws StorageObjectNotFoundError", async () => {
    await expect(storage.get(newStorageKey("asm-contract"))).rejects.toBeInstanceOf(StorageObjectNotFoundError);
  });

  it("a body that fails half-way leaves no object under the key", async () => {
    const key = newStorageKey("asm-contract");
    async function* failing() {
      yield* pattern(S3_PART_SIZE + 10_000);
      throw new Error("client went away");
    }
    await expect(storage.put(key, failing(), { contentType: "application/octet-stream" })).rejects.toThrow("client went away");
    expect(await storage.exists(key)).toBe(false);
  });

  it("writing a key again replaces the object", async () => {
    const key = newStorageKey("asm-contract");
    await storage.put(key, Readable.from([Buffer.from("pertama")]), { contentType: "text/plain" });
    await storage.put(key, Readable.from([Buffer.from("kedua")]), { contentType: "text/plain" });
    expect((await readAll((await storage.get(key)).stream)).toString()).toBe("kedua");
  });

  it.each(["../etc/passwd", "/etc/passwd", "assessments/../../x", "a//b", "a/b/", "nama berkas.pdf", ""])("refuses the key %j", async (key) => {
    await expect(storage.put(key, Readable.from([Buffer.from("x")]), { contentType: "text/plain" })).rejects.toThrow("invalid storage key");
    await expect(storage.get(key)).rejects.toThrow("invalid storage key");
  });
});

describe("storage keys", () => {
  it("are generated per assessment and never repeat", () => {
    const a = newStorageKey("asm-1");
    const b = newStorageKey("asm-1");
    expect(a).toMatch(/^assessments\/asm-1\/[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });
});
