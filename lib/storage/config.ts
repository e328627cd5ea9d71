import path from "node:path";
import { z } from "zod";
import type { TS3Config } from "@/lib/storage/s3-storage";

export type TStorageConfig = { driver: "local"; dir: string } | ({ driver: "s3" } & TS3Config);

const flag = z.string().optional().transform((v) => ["true", "1", "yes"].includes((v ?? "").trim().toLowerCase()));
const optional = z.string().trim().optional().transform((v) => v || undefined);

const ZStorageEnv = z.discriminatedUnion("STORAGE_DRIVER", [
  z.object({
    STORAGE_DRIVER: z.literal("local"),
    STORAGE_DIR: z.string().trim().default(".data/files").transform((v) => v || ".data/files"),
  }),
  z.object({
    STORAGE_DRIVER: z.literal("s3"),
    S3_BUCKET: z.string().trim().min(1, "S3_BUCKET is required when STORAGE_DRIVER=s3"),
    S3_REGION: z.string().trim().default("us-east-1").transform((v) => v || "us-east-1"),
    S3_ENDPOINT: optional,
    S3_ACCESS_KEY_ID: optional,
    S3_SECRET_ACCESS_KEY: optional,
    S3_FORCE_PATH_STYLE: flag,
  }),
]);

/** Reads the storage settings (README: "Bukti dukung storage"); fails loudly on a bad setup. */
export function readStorageConfig(env: Record<string, string | undefined> = process.env): TStorageConfig {
  const parsed = ZStorageEnv.safeParse({ ...env, STORAGE_DRIVER: env.STORAGE_DRIVER?.trim() || "local" });
  if (!parsed.success) throw new Error(`storage settings invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const value = parsed.data;
  if (value.STORAGE_DRIVER === "local") return { driver: "local", dir: path.resolve(value.STORAGE_DIR) };
  return {
    driver: "s3",
    bucket: value.S3_BUCKET,
    region: value.S3_REGION,
    endpoint: value.S3_ENDPOINT,
    accessKeyId: value.S3_ACCESS_KEY_ID,
    secretAccessKey: value.S3_SECRET_ACCESS_KEY,
    forcePathStyle: value.S3_FORCE_PATH_STYLE,
  };
}
