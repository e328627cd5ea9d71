import "server-only";
import { headers } from "next/headers";
import { logger, type TLogger } from "@/lib/log/logger";
import { REQUEST_ID_HEADER, requestIdOf } from "@/lib/log/request-id";

/** The logger of a route handler's request: every line carries its request id. */
export function loggerForRequest(request: Request): TLogger {
  return logger.child({ requestId: requestIdOf(request.headers) });
}

/** The logger of the current server action or render; the plain logger outside a request. */
export async function currentRequestLogger(): Promise<TLogger> {
  try {
    return logger.child({ requestId: (await headers()).get(REQUEST_ID_HEADER) ?? undefined });
  } catch {
    // Called outside a request (scripts, tests): there is no request id to add.
    return logger;
  }
}
