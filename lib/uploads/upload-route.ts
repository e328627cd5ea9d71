import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import type { TSessionUser } from "@/lib/auth/load-user";
import { UnauthenticatedError } from "@/lib/errors";
import { UploadInterruptedError } from "@/lib/evidence/errors";
import { assertSameOrigin, decodeFileNameHeader, errorResponse } from "@/lib/evidence/http";
import { REQUEST_ID_HEADER, requestIdOf } from "@/lib/log/request-id";
import { logger, type TLogger } from "@/lib/log/logger";

export type TUploadRequest = {
  user: TSessionUser;
  query: URLSearchParams;
  /** X-File-Name, percent-decoded ("berkas" when missing); clean it before showing or storing it. */
  fileName: string;
  /** Content-Length when the client sent one: lets an oversized file be refused unread. */
  declaredSize: number | null;
  /** The raw file, unread: each route authorises before it reads it. */
  body: ReadableStream<Uint8Array> | null;
  log: TLogger;
};

/**
 * The start and end every upload route shares (bukti dukung, rencana aksi files, workbooks,
 * catalogues). proxy.ts skips these routes so the body streams, so the request id is taken here,
 * put on every log line and on the answer. The page must be this site's and the user signed in;
 * a client that goes away mid-file is normal use (an info line, no error); anything else is the
 * typed error's answer.
 */
export async function uploadRoute(request: Request, handle: (upload: TUploadRequest) => Promise<Response>): Promise<Response> {
  const requestId = requestIdOf(request.headers);
  const log = logger.child({ requestId });
  const query = new URL(request.url).searchParams;
  let response: Response;
  try {
    assertSameOrigin(request);
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    const declared = Number(request.headers.get("content-length"));
    response = await handle({
      user, query, log, body: request.body,
      fileName: decodeFileNameHeader(request.headers.get("x-file-name")),
      declaredSize: Number.isFinite(declared) && declared > 0 ? declared : null,
    });
  } catch (error) {
    if (request.signal.aborted || error instanceof UploadInterruptedError) {
      log.info(Object.fromEntries(query), "upload aborted by the client");
      response = errorResponse(error instanceof UploadInterruptedError ? error : new UploadInterruptedError(error));
    } else {
      response = errorResponse(error, log);
    }
  }
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

/** The answer to an upload that went through: `{ ok, data }`, never cached. */
export function uploadAnswer(data: unknown, status = 201): Response {
  return Response.json({ ok: true, data }, { status, headers: { "Cache-Control": "no-store" } });
}
