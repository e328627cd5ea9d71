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
