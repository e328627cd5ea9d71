import { Readable } from "node:stream";
import type { TStorageBody } from "@/lib/storage/types";

/** One shape for every body a driver accepts; web streams are read with backpressure. */
export function toNodeReadable(body: TStorageBody): Readable {
  if (body instanceof Readable) return body;
  if (isWebStream(body)) return Readable.fromWeb(body as import("node:stream/web").ReadableStream<Uint8Array>);
  return Readable.from(body as AsyncIterable<Uint8Array>, { objectMode: false });
}

function isWebStream(body: TStorageBody): body is ReadableStream<Uint8Array> {
  return typeof (body as ReadableStream<Uint8Array>).getReader === "function";
}
