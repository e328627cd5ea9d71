import "server-only";
import type { TSessionUser } from "@/lib/auth/load-user";
import { uploadAnswer, uploadRoute } from "@/lib/uploads/upload-route";
import { readUploadBody } from "@/lib/workbook/import/read-upload";

/**
 * An upload route that makes a preview (a workbook of answers, a list of users): authorised before
 * the body is read, the body read within the size limit, then `{ ok, data }` with 201, or the
 * typed error (uploadRoute). A route, not a server action, so the limit applies while the body
 * streams (see the proxy.ts matcher).
 */
export async function previewUpload<A, T>(
  request: Request,
  authorize: (user: TSessionUser, query: URLSearchParams) => Promise<A>,
  createPreview: (access: A, fileName: string, file: Buffer) => Promise<T>,
): Promise<Response> {
  return uploadRoute(request, async ({ user, query, fileName, body }) => {
    const access = await authorize(user, query);
    const file = await readUploadBody(body, fileName);
    return uploadAnswer(await createPreview(access, fileName, file));
  });
}
