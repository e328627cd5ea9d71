import path from "node:path";
import { describe, expect, it } from "vitest";
import { readStorageConfig } from "@/lib/storage/config";

describe("readStorageConfig", () => {
  it("defaults to the local driver under .data/files", () => {
    expect(readStorageConfig({})).toEqual({ driver: "local", dir: path.resolve(".data/files") });
  });

  it("reads the local folder", () => {
    expect(readStorageConfig({ STORAGE_DRIVER: "local", STORAGE_DIR: "/srv/bukti" })).toEqual({ driver: "local", dir: "/srv/bukti" });
  });

  it("reads the S3 settings", () => {
    expect(readStorageConfig({
      STORAGE_DRIVER: "s3", S3_BUCKET: "bukti", S3_ENDPOINT: "https://s3.example.go.id", S3_REGION: "id-jkt-1",
      S3_ACCESS_KEY_ID: "AK", S3_SECRET_ACCESS_KEY: "SK", S3_FORCE_PATH_STYLE: "true",
    })).toEqual({
      driver: "s3", bucket: "bukti", endpoint: "https://s3.example.go.id", region: "id-jkt-1",
      accessKeyId: "AK", secretAccessKey: "SK", forcePathStyle: true,
    });
  });

  it("uses the SDK's credential chain and us-east-1 when only the bucket is given", () => {
    expect(readStorageConfig({ STORAGE_DRIVER: "s3", S3_BUCKET: "bukti" })).toMatchObject({
      region: "us-east-1", endpoint: undefined, accessKeyId: undefined, forcePathStyle: false,
    });
  });

  it("fails loudly on a missing bucket or an unknown driver", () => {
    expect(() => readStorageConfig({ STORAGE_DRIVER: "s3" })).toThrow("S3_BUCKET");
    expect(() => readStorageConfig({ STORAGE_DRIVER: "ftp" })).toThrow("storage settings invalid");
  });
});
