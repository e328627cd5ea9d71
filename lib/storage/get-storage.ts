import "server-only";
import { readStorageConfig } from "@/lib/storage/config";
import { createLocalStorage } from "@/lib/storage/local-storage";
import { createS3Storage } from "@/lib/storage/s3-storage";
import type { TStorage } from "@/lib/storage/types";

// One driver per configuration and process (the S3 client keeps its connection pool).
const drivers = ((globalThis as { __storageDrivers?: Map<string, TStorage> }).__storageDrivers ??= new Map());

/** The configured storage: STORAGE_DRIVER=local (default, STORAGE_DIR) or s3 (S3_* settings). */
export function getStorage(): TStorage {
  const config = readStorageConfig();
  const cacheKey = JSON.stringify(config);
  let storage = drivers.get(cacheKey);
  if (!storage) {
    storage = config.driver === "local" ? createLocalStorage(config.dir) : createS3Storage(config);
    drivers.set(cacheKey, storage);
  }
  return storage;
}
