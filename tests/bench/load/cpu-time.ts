import fs from "node:fs";

// CPU time actually spent by the server and by PostgreSQL, from /proc: a cost per request that
// does not depend on how busy the (shared) machine is, unlike wall-clock throughput.

const TICK_MS = 10; // USER_HZ is 100 on Linux

function stat(pid: number): string[] | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** utime + stime of a process (all its threads), in ms; with its waited-for children's when asked. */
export function cpuMs(pid: number, withChildren = false): number {
  const fields = stat(pid);
  if (!fields) return 0;
  const ticks = Number(fields[11]) + Number(fields[12]) + (withChildren ? Number(fields[13]) + Number(fields[14]) : 0);
  return ticks * TICK_MS;
}

/** The PostgreSQL server whose data folder is `dataDir`: its postmaster and every backend. */
export function postgresCpuMs(dataDir: string): number {
  const pids = fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry)).map(Number);
  const postmaster = pids.find((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(dataDir);
    } catch {
      return false;
    }
  });
  if (postmaster === undefined) return 0;
  let total = cpuMs(postmaster, true);
  for (const pid of pids) if (stat(pid)?.[1] === String(postmaster)) total += cpuMs(pid);
  return total;
}
