import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { freePort } from "@/scripts/lib/embedded-db.mjs";

// The production server for benchmarks, with what a memory measurement needs: the server's pid, its
// resident memory, and extra environment (storage settings, limits).

export type TMeasuredServer = { baseUrl: string; pid: number; rssBytes: () => number; stop: () => void };

export async function startMeasuredAppServer(databaseUrl: string, env: Record<string, string> = {}): Promise<TMeasuredServer> {
  const built = spawnSync(process.execPath, ["scripts/build-if-stale.mjs"], { stdio: "inherit" });
  if (built.status !== 0) throw new Error("build failed");
  const port = await freePort();
  // The same server as production (scripts/serve.mjs), with a throwaway session secret.
  // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server (written when it stops).
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "scripts/serve.mjs", "--port", String(port)], {
    stdio: "ignore",
    env: {
      ...process.env, ...env,
      DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true", NODE_ENV: "production",
    },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${baseUrl}/masuk`)).ok) {
        const pid = serverPid(child.pid!);
        return { baseUrl, pid, rssBytes: () => rssOf(pid), stop: () => child.kill("SIGTERM") };
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error("server did not start");
}

/** The server serves from its own process today; should Next.js fork, measure the next-server child. */
function serverPid(pid: number): number {
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid && fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("next")) return Number(entry);
    } catch {
      // the process ended meanwhile
    }
  }
  return pid;
}

/** VmRSS of a process, in bytes. */
export function rssOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN);
  return kb * 1024;
}

/** Samples a process's RSS every few milliseconds while `work` runs; returns the highest value. */
export async function peakRssDuring<T>(sample: () => number, work: () => Promise<T>, everyMs = 10): Promise<{ result: T; peak: number }> {
  let peak = sample();
  const timer = setInterval(() => {
    peak = Math.max(peak, sample());
  }, everyMs);
  try {
    const result = await work();
    peak = Math.max(peak, sample());
    return { result, peak };
  } finally {
    clearInterval(timer);
  }
}
