import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import type { TSessionUser } from "@/lib/auth/load-user";
import { UnauthenticatedError } from "@/lib/errors";
import { assertSameOrigin, decodeFileNameHeader, errorResponse } from "@/lib/evidence/http";
import { readUploadBody } from "@/lib/workbook/import/read-upload";

/**
 * An upload route that makes a preview (a workbook of answers, a list of users): same origin,
 * signed in, authorised before the body is read, the body read within the size limit, then
 * `{ ok, data }` with 201, or the typed error. A route, not a server action, so the limit applies
 * while the body streams (see the proxy.ts matcher).
 */
export async function previewUpload<A, T>(
  request: Request,
  authorize: (user: TSessionUser, query: URLSearchParams) => Promise<A>,
  createPreview: (access: A, fileName: string, file: Buffer) => Promise<T>,
): Promise<Response> {
  try {
    assertSameOrigin(request);
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    const access = await authorize(user, new URL(request.url).searchParams);
    const fileName = decodeFileNameHeader(request.headers.get("x-file-name"));
    // Node's web streams are async iterables.
    const file = await readUploadBody(request.body as AsyncIterable<Uint8Array> | null, fileName);
    const result = await createPreview(access, fileName, file);
    return Response.json({ ok: true, data: result }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
