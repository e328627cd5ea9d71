import { checkHealth } from "@/lib/health/check-health";
import { loggerForRequest } from "@/lib/log/request-logger";

export const dynamic = "force-dynamic";

// GET /api/health: for load balancers and monitoring. 200 when the database and the file storage
// both work, 503 otherwise; no sign-in, no secrets in the answer.
export async function GET(request: Request) {
  const health = await checkHealth();
  if (health.status !== "ok") loggerForRequest(request).warn({ checks: health.checks }, "health check failed");
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
