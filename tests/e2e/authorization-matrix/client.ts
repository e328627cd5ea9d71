import { HttpSession } from "../../bench/support/http-session";

// A signed-in (or anonymous) HTTP client that talks to the server as a browser does: Auth.js
// sign-in, page GETs, server action POSTs and route handler calls. No browser needed.

export type TOutcome = "allowed" | "not-found" | "unauthenticated" | "redirect-to-sign-in" | "forbidden" | "error";
export type TReply = { outcome: TOutcome; status: number; detail: string; data?: unknown; fullBody?: string };

/** What an action's result says: reached the business logic (success or a business refusal) or refused access. */
export function actionOutcome(result: { ok?: boolean; code?: string } | undefined): TOutcome {
  if (!result) return "error";
  if (result.ok) return "allowed";
  switch (result.code) {
    case "NOT_FOUND":
      return "not-found";
    case "UNAUTHENTICATED":
      return "unauthenticated";
    case "FORBIDDEN":
      return "forbidden";
    case "INVALID_STATE":
    case "INVALID_INPUT":
    case "CONFLICT":
      return "allowed";
    default:
      return "error";
  }
}

/** A route handler's or page's answer, by status. */
export function httpOutcome(status: number, location: string | null): TOutcome {
  if (status >= 200 && status < 300) return "allowed";
  if (status >= 300 && status < 400) return location?.includes("/masuk") ? "redirect-to-sign-in" : "allowed";
  if (status === 401) return "unauthenticated";
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  // A business refusal (invalid input, wrong state, conflict) reached the logic behind the check.
  if (status === 400 || status === 409 || status === 413 || status === 415) return "allowed";
  return "error";
}

/** The benchmarks' session (Auth.js sign-in, cookies) with raw answers: every outcome is data here. */
export class MatrixClient extends HttpSession {
  /** Any request with the session's cookies, as the same origin. */
  async request(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}): Promise<TReply> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      redirect: "manual",
      headers: { Origin: this.baseUrl, Cookie: this.cookieHeader(), ...init.headers },
      body: init.body,
    });
    const text = await response.text();
    return { outcome: httpOutcome(response.status, response.headers.get("location")), status: response.status, detail: text.slice(0, 200), fullBody: text };
  }

  /**
   * Calls a server action as React's form code does: POST to a page that holds it, the action id in
   * Next-Action, the arguments serialised (JSON, or multipart for FormData arguments).
   */
  async call(pagePath: string, actionId: string, args: unknown[] | FormData): Promise<TReply> {
    const response = await fetch(`${this.baseUrl}${pagePath}`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "Next-Action": actionId,
        Accept: "text/x-component",
        Origin: this.baseUrl,
        Cookie: this.cookieHeader(),
        ...(args instanceof FormData ? {} : { "Content-Type": "text/plain;charset=UTF-8" }),
      },
      body: args instanceof FormData ? args : JSON.stringify(args),
    });
    const text = await response.text();
    // A redirect (signing out) answers with a header, not a result.
    const redirect = response.headers.get("x-action-redirect");
    if (redirect) return { outcome: "allowed", status: response.status, detail: `redirect ${redirect}` };
    const line = text.split("\n").find((l) => l.startsWith("1:"));
    const result = line ? (JSON.parse(line.slice(2)) as { ok?: boolean; code?: string }) : undefined;
    const outcome = response.status >= 500 ? "error" : actionOutcome(result);
    return { outcome, status: response.status, detail: line?.slice(2, 200) ?? text.slice(0, 200), data: result };
  }
}
