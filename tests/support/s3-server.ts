import fs from "node:fs";
import os from "node:os";
import path from "node:path";
// s3rver ships no types; its programmatic API is small.
// @ts-expect-error no declaration file
import S3rver from "s3rver";

export type TLocalS3 = { endpoint: string; bucket: string; accessKeyId: string; secretAccessKey: string; stop: () => Promise<void> };

/** A local S3-compatible server on a free port with a throwaway directory and one bucket. */
export async function startLocalS3(bucket = "bukti-dukung"): Promise<TLocalS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = (await server.run()) as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    async stop() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** The keys of every object in the bucket (the S3 API's view, not s3rver's folder layout). */
export async function listObjectKeys(s3: TLocalS3): Promise<string[]> {
  const { S3Client, ListObjectsV2Command } = await import("@aws-sdk/client-s3");
  const client = new S3Client({
    endpoint: s3.endpoint, region: "us-east-1", forcePathStyle: true,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
  });
  try {
    const listed = await client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
    return (listed.Contents ?? []).map((o) => o.Key!).sort();
  } finally {
    client.destroy();
  }
}
