import "server-only";
import { Logger, run, type Runner } from "graphile-worker";
import { TASKS } from "@/lib/jobs/tasks";

/** Errors only: a failed job is retried, and its error stays in graphile_worker.jobs. */
const quietLogger = new Logger(() => (level, message) => {
  if (level === "error") console.error(`[jobs] ${message}`);
});

/**
 * Deadline reminders every hour at :05; expired sessions purged every hour at :35 (a missed run
 * needs no catching up: the next one deletes what it left); plan step reminders daily at 01:10 UTC
 * (08.10 WIB, when the month has begun in every Indonesian zone). graphile-worker's crontab records
 * each run in the database, so with several app instances each run is enqueued once (and a missed
 * reminder is caught up).
 */
export const CRONTAB = [
  "5 * * * * deadline-reminders ?fill=2h&max=3",
  "35 * * * * purge-expired-sessions ?max=1",
  "10 1 * * * plan-step-reminders ?fill=1d&max=3",
].join("\n");

/** A worker in this process, sharing the queue with every other instance's. */
export function startJobWorker(options: { connectionString: string; concurrency?: number; crontab?: string; pollInterval?: number }): Promise<Runner> {
  return run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 4,
    pollInterval: options.pollInterval ?? 1000,
    noHandleSignals: true,
    taskList: TASKS,
    crontab: options.crontab ?? CRONTAB,
    logger: quietLogger,
  });
}
