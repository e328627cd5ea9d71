// A build is stale when any source file is newer than it: tests and the app never run old code.
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "public", "proxy.ts", "instrumentation-client.ts", "next.config.ts", "package.json", "prisma/schema.prisma", "postcss.config.mjs"];
const IGNORED = new Set(["generated", "node_modules"]);

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(entry)) {
    if (IGNORED.has(name) || name.endsWith(".test.ts")) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

export function buildIsStale() {
  const marker = ".next/BUILD_ID";
  if (!fs.existsSync(marker)) return true;
  const built = fs.statSync(marker).mtimeMs;
  return SOURCES.some((entry) => newestMtime(entry) > built);
}
