import fs from "node:fs";

// Talks to the running server the way a browser does: Auth.js sign-in, page GETs, server actions.

export class HttpSession {
  readonly cookies = new Map<string, string>();
  constructor(readonly baseUrl: string) {}

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  protected keepCookies(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
  }

  async signIn(email: string, password: string) {
    const csrf = await fetch(`${this.baseUrl}/api/auth/csrf`);
    this.keepCookies(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${this.baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: this.cookieHeader() },
      body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/" }),
    });
    this.keepCookies(response);
    if (![...this.cookies.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed for ${email}`);
  }

  /** Full server render: status and the whole body. */
  async get(path: string) {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: { Cookie: this.cookieHeader() }, redirect: "manual" });
    const body = await response.text();
    return { status: response.status, body };
  }

  /** Calls a server action by its exported name, as the browser's form code does. */
  async action<T>(pagePath: string, actionId: string, args: unknown[]): Promise<T> {
    const response = await fetch(`${this.baseUrl}${pagePath}`, {
      method: "POST",
      headers: {
        "Next-Action": actionId,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: this.baseUrl,
        Cookie: this.cookieHeader(),
      },
      body: JSON.stringify(args),
    });
    const text = await response.text();
    const line = text.split("\n").find((l) => l.startsWith("1:"));
    if (!line) throw new Error(`unexpected action response ${response.status}: ${text.slice(0, 300)}`);
    return JSON.parse(line.slice(2)) as T;
  }
}

export function actionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!entry) throw new Error(`action ${exportedName} not in the build`);
  return entry[0];
}
