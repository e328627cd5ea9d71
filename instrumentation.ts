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

// Runs once as each server instance starts: every instance runs a job worker on the shared
// PostgreSQL queue (lib/jobs), so no extra process is needed and any instance may pick up a job.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL || process.env.JOB_WORKER === "off") return;
  const { startJobWorker } = await import("@/lib/jobs/worker");
  const runner = await startJobWorker({ connectionString: process.env.DATABASE_URL });
  const stop = () => void runner.stop().catch(() => {});
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
