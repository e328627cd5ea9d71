// The HTTP server of the app: Next.js behind a small Node server that alone sees the TCP peer, so
// it decides the client's address and which X-Forwarded-* headers are believed (TRUSTED_PROXY_HOPS).
//   node scripts/serve.mjs --port N [--dev]
// scripts/app.mjs starts it; run it directly only with the environment app.mjs prepares.
import http from "node:http";
import { normaliseForwardedHeaders, trustedProxyHops } from "./lib/forwarded.mjs";

const args = process.argv.slice(2);
const port = Number(args.includes("--port") ? args[args.indexOf("--port") + 1] : (process.env.PORT ?? 3000));
const dev = args.includes("--dev");
const hops = trustedProxyHops();

// As `next start` and `next dev` do; React picks its build from it, so it is set before loading.
process.env.NODE_ENV = dev ? "development" : "production";
// lib/auth/client-address.ts believes X-Forwarded-For only when this server rewrote it.
process.env.ZI_FORWARDED_HEADERS = "normalised";
const { default: next } = await import("next");
const app = next({ dev, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  normaliseForwardedHeaders(req.headers, req.socket.remoteAddress, hops);
  handle(req, res).catch((error) => {
    console.error("[serve] request failed", error);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
// WebSocket upgrades (only the dev server's hot reload) are attached by Next.js itself.
server.listen(port, () => console.log(`[serve] listening on :${port}${hops ? ` behind ${hops} trusted proxy hop(s)` : ""}`));

const stop = () => server.close(() => app.close().finally(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
