import { randomUUID } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { assertStorageKey } from "@/lib/storage/keys";
import { toNodeReadable } from "@/lib/storage/to-node-readable";
import { StorageObjectNotFoundError, type TStorage } from "@/lib/storage/types";

/**
 * Files under one folder (the embedded default). A write goes to a temporary file in the same
 * folder tree and is renamed into place once complete, so a reader never sees half a file.
 */
export function createLocalStorage(rootDir: string): TStorage {
  const root = path.resolve(rootDir);
  const tempDir = path.join(root, ".tmp");

  const pathOf = (key: string) => {
    const full = path.join(root, assertStorageKey(key));
    // assertStorageKey already forbids "..": this is the belt to its braces.
    if (!full.startsWith(root + path.sep)) throw new Error(`storage key escapes the root: ${key}`);
    return full;
  };

  return {
    driver: "local",

    async put(key, body, _options) {
      const target = pathOf(key);
      await fsp.mkdir(tempDir, { recursive: true });
      await fsp.mkdir(path.dirname(target), { recursive: true });
      const temp = path.join(tempDir, `${randomUUID()}.part`);
      try {
        await pipeline(toNodeReadable(body), fs.createWriteStream(temp, { flags: "wx", mode: 0o640 }));
        await fsp.rename(temp, target);
      } catch (error) {
        await fsp.rm(temp, { force: true });
        throw error;
      }
    },

    async get(key) {
      const file = pathOf(key);
      try {
        const handle = await fsp.open(file, "r");
        const { size } = await handle.stat();
        // The stream owns the handle and closes it when done or destroyed.
        return { stream: handle.createReadStream({ highWaterMark: 256 * 1024 }), size };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new StorageObjectNotFoundError(key);
        throw error;
      }
    },

    async delete(key) {
      await fsp.rm(pathOf(key), { force: true });
    },

    async exists(key) {
      try {
        return (await fsp.stat(pathOf(key))).isFile();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
        throw error;
      }
    },
  };
}
