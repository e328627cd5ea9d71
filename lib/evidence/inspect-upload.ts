import "server-only";
import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { EmptyFileError, UnsupportedFileError } from "@/lib/evidence/errors";
import type { TEvidenceFileType } from "@/lib/evidence/file-types";
import { SNIFF_BYTES, sniffEvidenceType } from "@/lib/evidence/sniff";

export type TInspection = { sha256: string; size: number; type: TEvidenceFileType };

type TOptions = {
  fileName: string;
  maxBytes: number;
  /** The refusal to throw once the body passes maxBytes. */
  tooLarge: () => Error;
};

/**
 * Passes an upload through while it streams: counts bytes (stops past the limit), hashes them
 * (SHA-256) and decides the type from the first bytes. Nothing leaves before the type is
 * accepted, so a refused file never reaches storage beyond an empty temporary object.
 */
export function inspectUpload(source: AsyncIterable<Uint8Array>, options: TOptions) {
  const hash = createHash("sha256");
  let result: TInspection | null = null;

  async function* run(): AsyncGenerator<Buffer> {
    let size = 0;
    let type: TEvidenceFileType | null = null;
    let head: Buffer[] = [];
    let headBytes = 0;
    const decide = async (): Promise<TEvidenceFileType> => {
      const sniffed = await sniffEvidenceType(Buffer.concat(head, headBytes));
      if (!sniffed) throw new UnsupportedFileError(options.fileName);
      return sniffed;
    };

    for await (const raw of source) {
      const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
      size += chunk.length;
      if (size > options.maxBytes) throw options.tooLarge();
      hash.update(chunk);
      if (type) {
        yield chunk;
        continue;
      }
      head.push(chunk);
      headBytes += chunk.length;
      if (headBytes >= SNIFF_BYTES) {
        type = await decide();
        yield* head;
        head = [];
      }
    }
    if (!type) {
      if (size === 0) throw new EmptyFileError(options.fileName);
      type = await decide();
      yield* head;
    }
    result = { sha256: hash.digest("hex"), size, type };
  }

  return {
    body: Readable.from(run(), { objectMode: false }),
    /** Available once the body has been read to its end. */
    result(): TInspection {
      if (!result) throw new Error("upload inspection read before the body ended");
      return result;
    },
  };
}
