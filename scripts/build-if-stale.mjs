import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildIsStale } from "./lib/build-stale.mjs";

if (buildIsStale()) {
  const next = path.resolve("node_modules/next/dist/bin/next");
  const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  process.exit(build.status ?? 1);
}
console.log("[build] up to date");
