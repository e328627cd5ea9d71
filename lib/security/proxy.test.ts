import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

// The proxy on its own: which requests it refuses (and how), and the headers it puts on pages.

const BASE = "http://zi.test";
const ACTION = { "next-action": "40abc", origin: BASE, host: "zi.test" };

async function run(path: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {}) {
  const response = await proxy(new NextRequest(`${BASE}${path}`, init));
  const refused = response.status >= 400 ? ((await response.json()) as { code: string; message: string }) : null;
  return { status: response.status, headers: response.headers, refused };
}

describe("refusals", () => {
  it.each([
    ["not JSON", "text/plain", "bukan json"],
    ["JSON that is not an argument list", "text/plain", '"\\u0000"'],
    ["a reference to a part that is not there", "text/plain", '[{"a":"$1"}]'],
    ["a bigint that is not a number", "text/plain", '["$nabc"]'],
    ["broken multipart", "multipart/form-data; boundary=zz", "sampah"],
  ])("a server action with %s gets 400 and a message", async (_name, type, body) => {
    const result = await run("/lke/a/A.I.1", { method: "POST", headers: { ...ACTION, "content-type": type }, body });
    expect(result.status).toBe(400);
    expect(result.refused).toEqual({ ok: false, code: "INVALID_INPUT", message: "Permintaan tidak dapat dibaca. Muat ulang halaman lalu coba lagi." });
  });

  it("lets well-formed action bodies through (escaped $, dates, undefined, FormData arguments)", async () => {
    const text = await run("/lke/a/A.I.1", { method: "POST", headers: { ...ACTION, "content-type": "text/plain" }, body: '[{"n":"$$1","d":"$D2026-01-01T00:00:00.000Z","u":"$undefined","x":[1,null,true]}]' });
    expect(text.status).toBe(200);
    const form = new FormData();
    form.set("0", '[{},"$K1"]');
    form.set("_1_email", "a@zi.id");
    expect((await run("/masuk", { method: "POST", headers: ACTION, body: form })).status).toBe(200);
  });

  it("a foreign or unreadable Origin gets 403 on any write, pages and routes alike", async () => {
    for (const origin of ["https://evil.example", "null"]) {
      for (const path of ["/lke/a/A.I.1", "/api/auth/signout"]) {
        const result = await run(path, { method: "POST", headers: { ...ACTION, origin, "content-type": "text/plain" }, body: "[]" });
        expect(result.status).toBe(403);
        expect(result.refused?.message).toBe("Permintaan ditolak: tidak berasal dari halaman aplikasi ini.");
      }
    }
  });

  it("an action body over the limit gets 413", async () => {
    const result = await run("/lke/a/A.I.1", { method: "POST", headers: { ...ACTION, "content-type": "text/plain" }, body: `["${"x".repeat(3 * 1024 * 1024)}"]` });
    expect(result.status).toBe(413);
    expect(result.refused?.message).toBe("Data yang dikirim terlalu besar.");
  });

  it.each(["/lke/%00", "/lke/a?q=%1b", "/api/bukti/%7f", "/dasbor/unit?q=a%00b"])("a URL with a control character (%s) gets 400", async (path) => {
    const result = await run(path);
    expect(result.status).toBe(400);
    expect(result.refused?.message).toBe("Alamat halaman berisi karakter kontrol yang tidak diizinkan.");
  });

  it("tab and newline in a query are ordinary text", async () => {
    expect((await run("/dasbor/unit?q=a%09b%0A")).status).toBe(200);
  });
});

describe("headers", () => {
  it("a page gets a CSP with a fresh nonce, and Next.js gets the same policy on the request", async () => {
    const [a, b] = [await run("/masuk"), await run("/masuk")];
    const csp = a.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{40,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    expect(b.headers.get("content-security-policy")).not.toBe(csp);
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
  });

  it("HSTS only over HTTPS (as the trusted proxy reports it); never over plain HTTP", async () => {
    expect((await run("/masuk")).headers.get("strict-transport-security")).toBeNull();
    const behindProxy = await run("/masuk", { headers: { "x-forwarded-proto": "https" } });
    expect(behindProxy.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(behindProxy.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("route handlers (files, exports) get no page CSP", async () => {
    expect((await run("/api/bukti/abc")).headers.get("content-security-policy")).toBeNull();
  });
});
