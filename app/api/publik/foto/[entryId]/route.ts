import { findPublishedPhoto } from "@/lib/access/public-access";
import { toWebStream } from "@/lib/evidence/http";
import { loggerForRequest } from "@/lib/log/request-logger";
import { openPublishedPhoto } from "@/lib/public-pages/open-public-file";
import { publicFileError } from "@/lib/public-pages/public-response";

export const dynamic = "force-dynamic";

// GET /api/publik/foto/<entryId>: the photo of a published service entry (innovation, maklumat).
// Unpublished or unknown: 404. The type was checked by content at upload (PNG, JPEG, WebP).
export async function GET(request: Request, { params }: { params: Promise<{ entryId: string }> }) {
  const { entryId } = await params;
  try {
    const photo = await openPublishedPhoto(await findPublishedPhoto(entryId));
    return new Response(toWebStream(photo.stream), {
      status: 200,
      headers: {
        "Content-Type": photo.mimeType, "Content-Length": String(photo.size), "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "sandbox; default-src 'none'", "Cache-Control": "no-cache",
      },
    });
  } catch (error) {
    return publicFileError(error, loggerForRequest(request), { entryId });
  }
}
