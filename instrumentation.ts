import type { Instrumentation } from "next";

// Errors Next.js catches while rendering a page or running a route go to the JSON log with the
// request id that proxy.ts gave the request.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/log/logger");
  const { REQUEST_ID_HEADER } = await import("@/lib/log/request-id");
  const id = request.headers[REQUEST_ID_HEADER];
  logger.error(
    { err: error, requestId: Array.isArray(id) ? id[0] : id, method: request.method, path: request.path, route: context.routePath },
    "request failed",
  );
};
