import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveAuthSecret } from "@/scripts/lib/auth-secret.mjs";
import { clientAddressOf, normaliseForwardedHeaders, trustedProxyHops } from "@/scripts/lib/forwarded.mjs";

// What the app runner and its HTTP server decide before Next.js starts: the session secret and
// which client address and X-Forwarded-* headers the app may believe.

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), "zi-secret-"));

describe("AUTH_SECRET", () => {
  it("production refuses to start without one, before touching any database", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none" };
    delete env.AUTH_SECRET;
    const run = spawnSync(process.execPath, ["scripts/app.mjs", "--port", "1"], { env, encoding: "utf8", timeout: 20_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("AUTH_SECRET must be set in production");
  });

  it("refuses a short secret everywhere", () => {
    expect(() => resolveAuthSecret({ env: { AUTH_SECRET: "rahasia" }, production: false, ephemeral: true })).toThrow(/too short/);
  });

  it("a developer's first start writes a random secret to .data/auth-secret (mode 600) and reuses it", () => {
    const dataDir = tempDir();
    const first = resolveAuthSecret({ env: {}, production: false, ephemeral: false, dataDir });
    const file = path.join(dataDir, "auth-secret");
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveAuthSecret({ env: {}, production: false, ephemeral: false, dataDir })).toBe(first);
    expect(resolveAuthSecret({ env: {}, production: false, ephemeral: false, dataDir: tempDir() })).not.toBe(first);
  });

  it("a throwaway run gets a fresh random secret and writes nothing", () => {
    const dataDir = tempDir();
    const [a, b] = [1, 2].map(() => resolveAuthSecret({ env: {}, production: false, ephemeral: true, dataDir }));
    expect(a).not.toBe(b);
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it("the code has no default secret anywhere", () => {
    const grep = spawnSync("git", ["grep", "-n", "-i", "-E", "AUTH_SECRET[^\\n]*\\?\\?|dev-only-secret|bench-secret", "--", ":!*.test.ts"], { encoding: "utf8" });
    expect(grep.stdout).toBe("");
  });
});

describe("client address", () => {
  it("with no trusted proxy, X-Forwarded-For is ignored: the socket's peer is the client", () => {
    expect(clientAddressOf("203.0.113.9", "10.0.0.5", 0)).toBe("10.0.0.5");
    expect(clientAddressOf(undefined, "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
  });

  it("behind N proxies, the entry the outermost one appended; what the client wrote is ignored", () => {
    // client forged "1.1.1.1"; nginx appended the real peer 198.51.100.7 and connects from 10.0.0.2
    expect(clientAddressOf("1.1.1.1, 198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    // load balancer + nginx
    expect(clientAddressOf("1.1.1.1, 198.51.100.7, 10.0.0.3", "10.0.0.2", 2)).toBe("198.51.100.7");
    // fewer entries than hops: the farthest one known
    expect(clientAddressOf("", "10.0.0.2", 2)).toBe("10.0.0.2");
  });

  it("normalises a request's headers: client address and protocol are not taken from a client", () => {
    const headers: Record<string, string | string[] | undefined> = {
      "x-forwarded-for": "6.6.6.6", "x-forwarded-proto": "https", "x-forwarded-host": "zi.go.id", "x-real-ip": "6.6.6.6", forwarded: "for=6.6.6.6",
    };
    normaliseForwardedHeaders(headers, "10.0.0.5", 0);
    expect(headers).toEqual({ "x-forwarded-for": "10.0.0.5", "x-forwarded-host": "zi.go.id" });
    const proxied: Record<string, string | string[] | undefined> = { "x-forwarded-for": "6.6.6.6, 198.51.100.7", "x-forwarded-proto": "https", "x-forwarded-host": "zi.go.id" };
    normaliseForwardedHeaders(proxied, "10.0.0.2", 1);
    expect(proxied).toEqual({ "x-forwarded-for": "198.51.100.7", "x-forwarded-proto": "https", "x-forwarded-host": "zi.go.id" });
  });

  it("TRUSTED_PROXY_HOPS defaults to 0 and refuses nonsense", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    expect(() => trustedProxyHops("dua")).toThrow(/whole number/);
    expect(() => trustedProxyHops("-1")).toThrow(/whole number/);
  });
});
