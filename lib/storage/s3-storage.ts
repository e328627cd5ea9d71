import type { Readable } from "node:stream";
import type { S3Client } from "@aws-sdk/client-s3";
import { assertStorageKey } from "@/lib/storage/keys";
import { toNodeReadable } from "@/lib/storage/to-node-readable";
import { StorageObjectNotFoundError, type TStorage } from "@/lib/storage/types";

export type TS3Config = {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
};

// S3's smallest allowed part (all but the last). At most one part is being filled while the
// previous one uploads, so memory stays near two parts whatever the file size.
export const S3_PART_SIZE = 5 * 1024 * 1024;

type TSdk = typeof import("@aws-sdk/client-s3");

/**
 * S3-compatible object storage (AWS S3, MinIO, Ceph, cloud providers' S3 APIs). Uploads of
 * unknown length go through multipart upload; small ones are a single PutObject.
 */
export function createS3Storage(config: TS3Config): TStorage {
  const bucket = config.bucket;
  // The SDK loads on first use, so the local driver never pays for it.
  let loaded: Promise<{ sdk: TSdk; client: S3Client }> | undefined;
  const sdk = () =>
    (loaded ??= import("@aws-sdk/client-s3").then((module) => ({
      sdk: module,
      client: new module.S3Client({
        endpoint: config.endpoint || undefined,
        region: config.region,
        forcePathStyle: config.forcePathStyle,
        credentials: config.accessKeyId && config.secretAccessKey
          ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
          : undefined,
        // Integrity is ours (SHA-256 per file); the newer default checksum trailers are not
        // understood by every S3-compatible server.
        requestChecksumCalculation: "WHEN_REQUIRED",
        responseChecksumValidation: "WHEN_REQUIRED",
      }),
    })));

  return {
    driver: "s3",

    async put(key, body, { contentType }) {
      assertStorageKey(key);
      const { sdk: s3, client } = await sdk();
      let pending: Buffer[] = [];
      let pendingBytes = 0;
      let uploadId: string | undefined;
      let inFlight: Promise<void> = Promise.resolve();
      const done: { PartNumber: number; ETag: string }[] = [];
      let nextPart = 1;

      const sendPart = (partNumber: number, data: Buffer) => async () => {
        const result = await client.send(new s3.UploadPartCommand({
          Bucket: bucket, Key: key, UploadId: uploadId, PartNumber: partNumber, Body: data, ContentLength: data.length,
        }));
        done.push({ PartNumber: partNumber, ETag: result.ETag ?? "" });
      };
      const flush = async () => {
        const data = Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
        await inFlight;
        uploadId ??= (await client.send(new s3.CreateMultipartUploadCommand({ Bucket: bucket, Key: key, ContentType: contentType }))).UploadId;
        if (!uploadId) throw new Error("S3 did not start a multipart upload");
        inFlight = sendPart(nextPart++, data)();
        // Surface a failed part at the next await rather than as an unhandled rejection.
        inFlight.catch(() => undefined);
      };

      try {
        for await (const chunk of toNodeReadable(body)) {
          const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
          pending.push(bytes);
          pendingBytes += bytes.length;
          if (pendingBytes >= S3_PART_SIZE) await flush();
        }
        if (uploadId === undefined) {
          const data = Buffer.concat(pending, pendingBytes);
          await client.send(new s3.PutObjectCommand({ Bucket: bucket, Key: key, Body: data, ContentLength: data.length, ContentType: contentType }));
          return;
        }
        if (pendingBytes > 0) await flush();
        await inFlight;
        await client.send(new s3.CompleteMultipartUploadCommand({
          Bucket: bucket, Key: key, UploadId: uploadId,
          MultipartUpload: { Parts: [...done].sort((a, b) => a.PartNumber - b.PartNumber) },
        }));
      } catch (error) {
        await inFlight.catch(() => undefined);
        if (uploadId) {
          await client.send(new s3.AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId })).catch(() => undefined);
        }
        throw error;
      }
    },

    async get(key) {
      assertStorageKey(key);
      const { sdk: s3, client } = await sdk();
      try {
        const result = await client.send(new s3.GetObjectCommand({ Bucket: bucket, Key: key }));
        if (!result.Body) throw new StorageObjectNotFoundError(key);
        return { stream: result.Body as Readable, size: Number(result.ContentLength ?? 0) };
      } catch (error) {
        if (isNotFound(error)) throw new StorageObjectNotFoundError(key);
        throw error;
      }
    },

    async delete(key) {
      assertStorageKey(key);
      const { sdk: s3, client } = await sdk();
      await client.send(new s3.DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },

    async exists(key) {
      assertStorageKey(key);
      const { sdk: s3, client } = await sdk();
      try {
        await client.send(new s3.HeadObjectCommand({ Bucket: bucket, Key: key }));
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },
  };
}

function isNotFound(error: unknown) {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === "NoSuchKey" || e?.name === "NotFound" || e?.$metadata?.httpStatusCode === 404;
}
